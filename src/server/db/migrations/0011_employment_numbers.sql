-- "Dienstverband <number>" is stored from now on, fixed when an employment is created. Existing
-- rows keep the number the dossier shows today (orderEmployments: current ones latest start
-- first, then later ones soonest first, then ended ones latest end first), so nobody sees a
-- number change when this lands.
ALTER TABLE "employments" ADD COLUMN "number" integer;--> statement-breakpoint
WITH "today" AS (SELECT (now() AT TIME ZONE 'Europe/Amsterdam')::date AS "day"),
"classified" AS (
  SELECT e."id", e."employee_id", e."start_date", e."end_date",
    CASE WHEN e."start_date" > t."day" THEN 1
      WHEN e."end_date" IS NOT NULL AND e."end_date" < t."day" THEN 2
      ELSE 0 END AS "status"
  FROM "employments" e CROSS JOIN "today" t),
"numbered" AS (
  SELECT "id", row_number() OVER (PARTITION BY "employee_id" ORDER BY "status",
    CASE WHEN "status" = 0 THEN "start_date" END DESC,
    CASE WHEN "status" = 1 THEN "start_date" END ASC,
    CASE WHEN "status" = 2 THEN "end_date" END DESC,
    "id") AS "number"
  FROM "classified")
UPDATE "employments" e SET "number" = n."number" FROM "numbered" n WHERE n."id" = e."id";--> statement-breakpoint
ALTER TABLE "employments" ALTER COLUMN "number" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_employee_number_key" UNIQUE("employee_id","number");
