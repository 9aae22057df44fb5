ALTER TABLE "employments" ADD COLUMN "hr_employment_id" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "hr_absence_id" text;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_employer_hr_employment_id_key" UNIQUE("employer_id","hr_employment_id");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_employer_hr_absence_id_key" UNIQUE("employer_id","hr_absence_id");