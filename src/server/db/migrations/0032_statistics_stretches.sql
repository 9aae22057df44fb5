CREATE TABLE "employment_stretches" (
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"first_day" date NOT NULL,
	"last_day" date,
	"contract_hours_per_week" numeric(5, 2) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employment_stretches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sick_stretches" (
	"employer_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"episode_first" date NOT NULL,
	"episode_last" date,
	"first_day" date NOT NULL,
	"last_day" date,
	"percentage" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sick_stretches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "employment_stretches" ADD CONSTRAINT "employment_stretches_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_stretches" ADD CONSTRAINT "employment_stretches_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sick_stretches" ADD CONSTRAINT "sick_stretches_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sick_stretches" ADD CONSTRAINT "sick_stretches_case_same_employer_fk" FOREIGN KEY ("employer_id","case_id") REFERENCES "public"."cases"("employer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employment_stretches_employee_idx" ON "employment_stretches" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "employment_stretches_employer_days_idx" ON "employment_stretches" USING btree ("employer_id","last_day","first_day");--> statement-breakpoint
CREATE INDEX "sick_stretches_case_idx" ON "sick_stretches" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "sick_stretches_employer_days_idx" ON "sick_stretches" USING btree ("employer_id","episode_last","episode_first");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "employment_stretches" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("employment_stretches"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("employment_stretches"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "sick_stretches" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("sick_stretches"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("sick_stretches"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
-- Rewrites the employment stretches of the given employees from their employments and versions
-- (the same stretches the statistics computed with a window over every version before). Runs as
-- the caller (row-level security applies to a tenant transaction). The employees are locked
-- first, in one order, so that two transactions changing one employee refresh one after the
-- other and the second reads the first's committed rows (each statement of a plpgsql function
-- takes a new snapshot): the read model never misses a concurrent change.
CREATE FUNCTION "refresh_employment_stretches"(employee_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "employees" WHERE "id" = ANY(employee_ids) ORDER BY "id" FOR NO KEY UPDATE;
  DELETE FROM "employment_stretches" WHERE "employee_id" = ANY(employee_ids);
  INSERT INTO "employment_stretches"
    ("employer_id", "employee_id", "department_id", "first_day", "last_day", "contract_hours_per_week")
  SELECT s."employer_id", s."employee_id", s."department_id", s."first_day", s."last_day", s."hours"
  FROM (
    SELECT e."employer_id", e."employee_id", v."department_id",
      CASE WHEN row_number() OVER version_order = 1 THEN e."start_date"
        ELSE greatest(v."valid_from", e."start_date") END AS "first_day",
      least(lead(v."valid_from") OVER version_order - 1, e."end_date") AS "last_day",
      v."contract_hours_per_week" AS "hours"
    -- Through the employee, so the (employer_id, employee_id) index finds the employments.
    FROM "employees" t
    JOIN "employments" e ON e."employer_id" = t."employer_id" AND e."employee_id" = t."id"
    JOIN "employment_versions" v ON v."employer_id" = e."employer_id" AND v."employment_id" = e."id"
    WHERE t."id" = ANY(employee_ids)
    WINDOW version_order AS (PARTITION BY v."employment_id" ORDER BY v."valid_from")
  ) s
  WHERE s."last_day" IS NULL OR s."first_day" <= s."last_day";
END $$;
--> statement-breakpoint
CREATE FUNCTION "employments_refresh_stretches"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_employment_stretches"(ARRAY(SELECT DISTINCT "employee_id" FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "refresh_employment_stretches"(ARRAY(
      SELECT "employee_id" FROM new_rows UNION SELECT "employee_id" FROM old_rows));
  ELSE
    PERFORM "refresh_employment_stretches"(ARRAY(SELECT DISTINCT "employee_id" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "employment_versions_refresh_stretches"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_employment_stretches"(ARRAY(SELECT DISTINCT e."employee_id"
      FROM new_rows v JOIN "employments" e ON e."id" = v."employment_id"));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "refresh_employment_stretches"(ARRAY(SELECT DISTINCT e."employee_id"
      FROM (SELECT "employment_id" FROM new_rows UNION SELECT "employment_id" FROM old_rows) v
      JOIN "employments" e ON e."id" = v."employment_id"));
  ELSE
    PERFORM "refresh_employment_stretches"(ARRAY(SELECT DISTINCT e."employee_id"
      FROM old_rows v JOIN "employments" e ON e."id" = v."employment_id"));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "employments_stretches_insert" AFTER INSERT ON "employments"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "employments_refresh_stretches"();
--> statement-breakpoint
CREATE TRIGGER "employments_stretches_update" AFTER UPDATE ON "employments"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "employments_refresh_stretches"();
--> statement-breakpoint
CREATE TRIGGER "employments_stretches_delete" AFTER DELETE ON "employments"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "employments_refresh_stretches"();
--> statement-breakpoint
CREATE TRIGGER "employment_versions_stretches_insert" AFTER INSERT ON "employment_versions"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "employment_versions_refresh_stretches"();
--> statement-breakpoint
CREATE TRIGGER "employment_versions_stretches_update" AFTER UPDATE ON "employment_versions"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "employment_versions_refresh_stretches"();
--> statement-breakpoint
CREATE TRIGGER "employment_versions_stretches_delete" AFTER DELETE ON "employment_versions"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "employment_versions_refresh_stretches"();
--> statement-breakpoint
-- Rewrites the sick stretches of the given cases from the case and its segments (pregnancy cases
-- have none), locking the cases first for the same reason as above.
CREATE FUNCTION "refresh_sick_stretches"(case_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "cases" WHERE "id" = ANY(case_ids) ORDER BY "id" FOR NO KEY UPDATE;
  DELETE FROM "sick_stretches" WHERE "case_id" = ANY(case_ids);
  INSERT INTO "sick_stretches" ("employer_id", "case_id", "employee_id", "episode_first",
    "episode_last", "first_day", "last_day", "percentage")
  SELECT s.* FROM (
    SELECT c."employer_id", c."id", c."employee_id", c."first_day", c."last_day",
      greatest(g."valid_from", c."first_day") AS "first_day",
      least(lead(g."valid_from") OVER segment_order - 1, c."last_day") AS "last_day",
      g."percentage"
    FROM "cases" c
    JOIN "case_segments" g ON g."employer_id" = c."employer_id" AND g."case_id" = c."id"
    WHERE c."id" = ANY(case_ids) AND c."kind" = 'sickness'
    WINDOW segment_order AS (PARTITION BY g."case_id" ORDER BY g."valid_from")
  ) s ("employer_id", "case_id", "employee_id", "episode_first", "episode_last", "first_day",
    "last_day", "percentage")
  WHERE s."last_day" IS NULL OR s."first_day" <= s."last_day";
END $$;
--> statement-breakpoint
CREATE FUNCTION "cases_refresh_stretches"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_sick_stretches"(ARRAY(SELECT "id" FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "refresh_sick_stretches"(ARRAY(SELECT "id" FROM new_rows UNION SELECT "id" FROM old_rows));
  ELSE
    PERFORM "refresh_sick_stretches"(ARRAY(SELECT "id" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "case_segments_refresh_stretches"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_sick_stretches"(ARRAY(SELECT DISTINCT "case_id" FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "refresh_sick_stretches"(ARRAY(
      SELECT "case_id" FROM new_rows UNION SELECT "case_id" FROM old_rows));
  ELSE
    PERFORM "refresh_sick_stretches"(ARRAY(SELECT DISTINCT "case_id" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "cases_stretches_insert" AFTER INSERT ON "cases"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cases_refresh_stretches"();
--> statement-breakpoint
CREATE TRIGGER "cases_stretches_update" AFTER UPDATE ON "cases"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cases_refresh_stretches"();
--> statement-breakpoint
CREATE TRIGGER "case_segments_stretches_insert" AFTER INSERT ON "case_segments"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_segments_refresh_stretches"();
--> statement-breakpoint
CREATE TRIGGER "case_segments_stretches_update" AFTER UPDATE ON "case_segments"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_segments_refresh_stretches"();
--> statement-breakpoint
CREATE TRIGGER "case_segments_stretches_delete" AFTER DELETE ON "case_segments"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_segments_refresh_stretches"();
--> statement-breakpoint
SELECT "refresh_employment_stretches"(ARRAY(SELECT "id" FROM "employees"));
--> statement-breakpoint
SELECT "refresh_sick_stretches"(ARRAY(SELECT "id" FROM "cases"));
