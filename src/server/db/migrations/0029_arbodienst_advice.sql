CREATE TABLE "consultation_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"case_id" uuid,
	"consultation_date" date NOT NULL,
	"text" text NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultation_feedback" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "functional_advices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"case_id" uuid,
	"work_possible" text NOT NULL,
	"expected_duration" text NOT NULL,
	"adjustments" text NOT NULL,
	"delivery" text NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "functional_advices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "consultation_feedback" ADD CONSTRAINT "consultation_feedback_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_feedback" ADD CONSTRAINT "consultation_feedback_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_feedback" ADD CONSTRAINT "consultation_feedback_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_feedback" ADD CONSTRAINT "consultation_feedback_case_same_employer_fk" FOREIGN KEY ("employer_id","case_id") REFERENCES "public"."cases"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "functional_advices" ADD CONSTRAINT "functional_advices_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "functional_advices" ADD CONSTRAINT "functional_advices_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "functional_advices" ADD CONSTRAINT "functional_advices_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "functional_advices" ADD CONSTRAINT "functional_advices_case_same_employer_fk" FOREIGN KEY ("employer_id","case_id") REFERENCES "public"."cases"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_feedback_employee_idx" ON "consultation_feedback" USING btree ("employer_id","employee_id");--> statement-breakpoint
CREATE INDEX "consultation_feedback_created_idx" ON "consultation_feedback" USING btree ("employer_id","created_at");--> statement-breakpoint
CREATE INDEX "functional_advices_employee_idx" ON "functional_advices" USING btree ("employer_id","employee_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "consultation_feedback" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("consultation_feedback"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("consultation_feedback"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "functional_advices" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("functional_advices"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("functional_advices"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);