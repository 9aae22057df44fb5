CREATE TABLE "employee_placements" (
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"department_id" uuid,
	"first_day" date NOT NULL,
	"last_day" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employee_placements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "headcount_changes" (
	"employer_id" uuid NOT NULL,
	"department_id" uuid,
	"day" date NOT NULL,
	"change" integer NOT NULL,
	CONSTRAINT "headcount_changes_key" UNIQUE NULLS NOT DISTINCT("employer_id","department_id","day")
);
--> statement-breakpoint
ALTER TABLE "headcount_changes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "employee_placements" ADD CONSTRAINT "employee_placements_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_placements" ADD CONSTRAINT "employee_placements_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "headcount_changes" ADD CONSTRAINT "headcount_changes_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employee_placements_employee_idx" ON "employee_placements" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "cases_employer_sickness_until_idx" ON "cases" USING btree ("employer_id","last_day","first_day") WHERE "cases"."kind" = 'sickness';--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "employee_placements" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("employee_placements"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("employee_placements"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "headcount_changes" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("headcount_changes"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("headcount_changes"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
-- Rewrites the placements of the given employees from their employments and versions, and
-- moves the headcount changes by the difference. Runs as the caller (row-level security applies
-- to a tenant transaction). The same spells as the direct count: an employment counts from its
-- start to its end; in a department from the later of the start and the version's valid_from to
-- the earlier of the end and the day before the next version.
CREATE FUNCTION "refresh_employee_placements"(employee_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  WITH removed AS (
    DELETE FROM "employee_placements" WHERE "employee_id" = ANY(employee_ids)
    RETURNING "employer_id", "department_id", "first_day", "last_day"
  ),
  -- Through the employee, so the (employer_id, employee_id) index finds the employments.
  targets AS (
    SELECT "employer_id", "id" AS "employee_id" FROM "employees" WHERE "id" = ANY(employee_ids)
  ),
  own AS (
    SELECT e.* FROM targets t
    JOIN "employments" e ON e."employer_id" = t."employer_id" AND e."employee_id" = t."employee_id"
  ),
  spells AS (
    SELECT e."employer_id", e."employee_id", NULL::uuid AS "department_id",
      e."start_date" AS "first_day", coalesce(e."end_date", 'infinity'::date) AS "last_day"
    FROM own e
    UNION ALL
    SELECT e."employer_id", e."employee_id", v."department_id",
      greatest(v."valid_from", e."start_date"),
      least(coalesce(lead(v."valid_from") OVER (PARTITION BY v."employment_id" ORDER BY v."valid_from") - 1,
          'infinity'::date),
        coalesce(e."end_date", 'infinity'::date))
    FROM own e JOIN "employment_versions" v ON v."employment_id" = e."id"
  ),
  marked AS (
    SELECT s.*, CASE WHEN s."first_day" <= max(s."last_day") OVER (
        PARTITION BY s."employee_id", s."department_id" ORDER BY s."first_day", s."last_day"
        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1 THEN 0 ELSE 1 END AS "starts"
    FROM spells s WHERE s."first_day" <= s."last_day"
  ),
  islands AS (
    SELECT m.*, sum(m."starts") OVER (
        PARTITION BY m."employee_id", m."department_id" ORDER BY m."first_day", m."last_day") AS "island"
    FROM marked m
  ),
  added AS (
    INSERT INTO "employee_placements" ("employer_id", "employee_id", "department_id", "first_day", "last_day")
    SELECT "employer_id", "employee_id", "department_id", min("first_day"), max("last_day")
    FROM islands GROUP BY "employer_id", "employee_id", "department_id", "island"
    RETURNING "employer_id", "department_id", "first_day", "last_day"
  ),
  changes AS (
    SELECT "employer_id", "department_id", "first_day" AS "day", 1 AS "change" FROM added
    UNION ALL SELECT "employer_id", "department_id", "last_day" + 1, -1 FROM added
      WHERE "last_day" <> 'infinity'
    UNION ALL SELECT "employer_id", "department_id", "first_day", -1 FROM removed
    UNION ALL SELECT "employer_id", "department_id", "last_day" + 1, 1 FROM removed
      WHERE "last_day" <> 'infinity'
  )
  -- Only days whose count really moves are touched (and locked), in one order, so concurrent
  -- writers wait for each other instead of deadlocking.
  INSERT INTO "headcount_changes" ("employer_id", "department_id", "day", "change")
  SELECT "employer_id", "department_id", "day", sum("change") FROM changes
  GROUP BY "employer_id", "department_id", "day" HAVING sum("change") <> 0
  ORDER BY "employer_id", "department_id", "day"
  ON CONFLICT ON CONSTRAINT "headcount_changes_key"
  DO UPDATE SET "change" = "headcount_changes"."change" + excluded."change";
$$;
--> statement-breakpoint
CREATE FUNCTION "employments_refresh_placements"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_employee_placements"(ARRAY(SELECT DISTINCT "employee_id" FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "refresh_employee_placements"(ARRAY(
      SELECT "employee_id" FROM new_rows UNION SELECT "employee_id" FROM old_rows));
  ELSE
    PERFORM "refresh_employee_placements"(ARRAY(SELECT DISTINCT "employee_id" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "employment_versions_refresh_placements"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_employee_placements"(ARRAY(SELECT DISTINCT e."employee_id"
      FROM new_rows v JOIN "employments" e ON e."id" = v."employment_id"));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "refresh_employee_placements"(ARRAY(SELECT DISTINCT e."employee_id"
      FROM (SELECT "employment_id" FROM new_rows UNION SELECT "employment_id" FROM old_rows) v
      JOIN "employments" e ON e."id" = v."employment_id"));
  ELSE
    PERFORM "refresh_employee_placements"(ARRAY(SELECT DISTINCT e."employee_id"
      FROM old_rows v JOIN "employments" e ON e."id" = v."employment_id"));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "employments_placements_insert" AFTER INSERT ON "employments"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "employments_refresh_placements"();
--> statement-breakpoint
CREATE TRIGGER "employments_placements_update" AFTER UPDATE ON "employments"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "employments_refresh_placements"();
--> statement-breakpoint
CREATE TRIGGER "employments_placements_delete" AFTER DELETE ON "employments"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "employments_refresh_placements"();
--> statement-breakpoint
CREATE TRIGGER "employment_versions_placements_insert" AFTER INSERT ON "employment_versions"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "employment_versions_refresh_placements"();
--> statement-breakpoint
CREATE TRIGGER "employment_versions_placements_update" AFTER UPDATE ON "employment_versions"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "employment_versions_refresh_placements"();
--> statement-breakpoint
CREATE TRIGGER "employment_versions_placements_delete" AFTER DELETE ON "employment_versions"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "employment_versions_refresh_placements"();
--> statement-breakpoint
SELECT "refresh_employee_placements"(ARRAY(SELECT "id" FROM "employees"));
