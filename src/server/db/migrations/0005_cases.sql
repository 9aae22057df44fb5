CREATE TABLE "case_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"flag" text NOT NULL,
	"value" text,
	"set_on" date NOT NULL,
	"set_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_flags_case_flag_key" UNIQUE("case_id","flag")
);
--> statement-breakpoint
ALTER TABLE "case_flags" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_segments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"percentage" integer NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_segments_case_valid_from_key" UNIQUE("case_id","valid_from"),
	CONSTRAINT "case_segments_percentage_check" CHECK ("case_segments"."percentage" >= 1 and "case_segments"."percentage" <= 100)
);
--> statement-breakpoint
ALTER TABLE "case_segments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"employment_id" uuid,
	"kind" text NOT NULL,
	"classification" text,
	"first_day" date NOT NULL,
	"last_day" date,
	"end_reason" text,
	"previous_case_id" uuid,
	"report_note" text,
	"end_note" text,
	"reported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_employer_id_key" UNIQUE("employer_id","id"),
	CONSTRAINT "cases_kind_check" CHECK ("cases"."kind" in ('sickness', 'pregnancy')),
	CONSTRAINT "cases_classification_check" CHECK (("cases"."kind" = 'sickness') = ("cases"."classification" is not null)),
	CONSTRAINT "cases_dates_check" CHECK ("cases"."last_day" is null or "cases"."last_day" >= "cases"."first_day"),
	CONSTRAINT "cases_end_check" CHECK (("cases"."last_day" is null) = ("cases"."end_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "cases" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pregnancy_details" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"employer_id" uuid NOT NULL,
	"expected_delivery" date NOT NULL,
	"multiple_birth" boolean NOT NULL,
	"last_working_day" date NOT NULL,
	"free_day_between" boolean DEFAULT false NOT NULL,
	"actual_delivery" date
);
--> statement-breakpoint
ALTER TABLE "pregnancy_details" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_flags" ADD CONSTRAINT "case_flags_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_flags" ADD CONSTRAINT "case_flags_case_same_employer_fk" FOREIGN KEY ("employer_id","case_id") REFERENCES "public"."cases"("employer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_segments" ADD CONSTRAINT "case_segments_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_segments" ADD CONSTRAINT "case_segments_case_same_employer_fk" FOREIGN KEY ("employer_id","case_id") REFERENCES "public"."cases"("employer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_employment_same_employer_fk" FOREIGN KEY ("employer_id","employment_id") REFERENCES "public"."employments"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_previous_case_same_employer_fk" FOREIGN KEY ("employer_id","previous_case_id") REFERENCES "public"."cases"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pregnancy_details" ADD CONSTRAINT "pregnancy_details_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pregnancy_details" ADD CONSTRAINT "pregnancy_details_case_same_employer_fk" FOREIGN KEY ("employer_id","case_id") REFERENCES "public"."cases"("employer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_employer_employee_idx" ON "cases" USING btree ("employer_id","employee_id","first_day");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "case_flags" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("case_flags"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("case_flags"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "case_segments" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("case_segments"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("case_segments"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "cases" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("cases"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("cases"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "pregnancy_details" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("pregnancy_details"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("pregnancy_details"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);