CREATE TABLE "employee_dossier_visits" (
	"employer_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"visited_at" timestamp with time zone NOT NULL,
	CONSTRAINT "employee_dossier_visits_user_id_employee_id_pk" PRIMARY KEY("user_id","employee_id")
);
--> statement-breakpoint
ALTER TABLE "employee_dossier_visits" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "employee_managers" (
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employee_managers_employee_id_pk" PRIMARY KEY("employee_id")
);
--> statement-breakpoint
ALTER TABLE "employee_managers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "employee_name_keys" (
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "employee_name_keys_employee_id_key_pk" PRIMARY KEY("employee_id","key")
);
--> statement-breakpoint
ALTER TABLE "employee_name_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "sort_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "first_name_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "employments" ADD COLUMN "contract_start_date" date;--> statement-breakpoint
ALTER TABLE "employee_dossier_visits" ADD CONSTRAINT "employee_dossier_visits_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_dossier_visits" ADD CONSTRAINT "employee_dossier_visits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_dossier_visits" ADD CONSTRAINT "employee_dossier_visits_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_managers" ADD CONSTRAINT "employee_managers_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_managers" ADD CONSTRAINT "employee_managers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_managers" ADD CONSTRAINT "employee_managers_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_managers" ADD CONSTRAINT "employee_managers_membership_fk" FOREIGN KEY ("user_id","employer_id") REFERENCES "public"."memberships"("user_id","employer_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_name_keys" ADD CONSTRAINT "employee_name_keys_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_name_keys" ADD CONSTRAINT "employee_name_keys_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employee_dossier_visits_user_idx" ON "employee_dossier_visits" USING btree ("employer_id","user_id","visited_at");--> statement-breakpoint
CREATE INDEX "employee_name_keys_employer_key_idx" ON "employee_name_keys" USING btree ("employer_id","key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "employees_employer_sort_key_idx" ON "employees" USING btree ("employer_id","sort_key","id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "employee_dossier_visits" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("employee_dossier_visits"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("employee_dossier_visits"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "employee_managers" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("employee_managers"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("employee_managers"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "employee_name_keys" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("employee_name_keys"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("employee_name_keys"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);