CREATE TABLE "employee_dossier_tags" (
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"tag" text NOT NULL,
	"set_by" uuid NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	CONSTRAINT "employee_dossier_tags_employee_id_tag_pk" PRIMARY KEY("employee_id","tag"),
	CONSTRAINT "employee_dossier_tags_tag_check" CHECK ("employee_dossier_tags"."tag" in ('legal_proceedings', 'excluded_from_cleanup'))
);
--> statement-breakpoint
ALTER TABLE "employee_dossier_tags" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "absence_retention_years" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "case_retention_years" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "employee_dossier_tags" ADD CONSTRAINT "employee_dossier_tags_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_dossier_tags" ADD CONSTRAINT "employee_dossier_tags_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_dossier_tags" ADD CONSTRAINT "employee_dossier_tags_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_retention_years_check" CHECK ("employers"."absence_retention_years" between 1 and 20 and "employers"."case_retention_years" between 1 and 20);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "employee_dossier_tags" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("employee_dossier_tags"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("employee_dossier_tags"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);