CREATE TABLE "scope_departments" (
	"employer_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "scope_departments_employer_id_user_id_department_id_pk" PRIMARY KEY("employer_id","user_id","department_id")
);
--> statement-breakpoint
ALTER TABLE "scope_departments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "scope_employees" (
	"employer_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	CONSTRAINT "scope_employees_employer_id_user_id_employee_id_pk" PRIMARY KEY("employer_id","user_id","employee_id")
);
--> statement-breakpoint
ALTER TABLE "scope_employees" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "departments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "employees" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "employment_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "employments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "manager_user_id" uuid;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "scope_mode" text DEFAULT 'inherited' NOT NULL;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "scope_whole_employer" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_employer_id_key" UNIQUE("employer_id","id");--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_employer_id_key" UNIQUE("employer_id","id");--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_employer_id_key" UNIQUE("employer_id","id");--> statement-breakpoint
ALTER TABLE "scope_departments" ADD CONSTRAINT "scope_departments_membership_fk" FOREIGN KEY ("user_id","employer_id") REFERENCES "public"."memberships"("user_id","employer_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_departments" ADD CONSTRAINT "scope_departments_department_fk" FOREIGN KEY ("employer_id","department_id") REFERENCES "public"."departments"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_employees" ADD CONSTRAINT "scope_employees_membership_fk" FOREIGN KEY ("user_id","employer_id") REFERENCES "public"."memberships"("user_id","employer_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_employees" ADD CONSTRAINT "scope_employees_employee_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_manager_user_id_users_id_fk" FOREIGN KEY ("manager_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_versions" ADD CONSTRAINT "employment_versions_employment_same_employer_fk" FOREIGN KEY ("employer_id","employment_id") REFERENCES "public"."employments"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_versions" ADD CONSTRAINT "employment_versions_department_same_employer_fk" FOREIGN KEY ("employer_id","department_id") REFERENCES "public"."departments"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "departments" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("departments"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("departments"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "employees" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("employees"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("employees"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "employment_versions" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("employment_versions"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("employment_versions"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "employments" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("employments"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("employments"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "scope_departments" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("scope_departments"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("scope_departments"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "scope_employees" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("scope_employees"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("scope_employees"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);