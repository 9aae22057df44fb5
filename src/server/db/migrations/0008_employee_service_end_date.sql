DROP INDEX "employee_name_keys_employer_key_idx";--> statement-breakpoint
ALTER TABLE "employee_name_keys" ADD COLUMN "sort_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "employee_name_keys" ADD COLUMN "service_end_date" date;--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "service_end_date" date;--> statement-breakpoint
CREATE INDEX "employee_name_keys_search_idx" ON "employee_name_keys" USING btree ("employer_id","key" text_pattern_ops,"employee_id","sort_key","service_end_date");--> statement-breakpoint
UPDATE "employees" e SET "service_end_date" = (
  SELECT CASE WHEN bool_or(x."end_date" IS NULL) THEN NULL ELSE max(x."end_date") END
  FROM "employments" x WHERE x."employee_id" = e."id");--> statement-breakpoint
UPDATE "employee_name_keys" k SET "sort_key" = e."sort_key", "service_end_date" = e."service_end_date"
  FROM "employees" e WHERE e."id" = k."employee_id";
