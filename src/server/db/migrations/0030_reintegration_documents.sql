CREATE TABLE "reintegration_document_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"fields" jsonb NOT NULL,
	"saved_by_user_id" uuid NOT NULL,
	"saved_by_name" text NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reintegration_document_versions_version" UNIQUE("document_id","version")
);
--> statement-breakpoint
ALTER TABLE "reintegration_document_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "reintegration_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"task_id" uuid,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"facts" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"dossier_document_id" uuid,
	"created_by_user_id" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_by_user_id" uuid NOT NULL,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finalized_by_user_id" uuid,
	"finalized_by_name" text,
	"finalized_at" timestamp with time zone,
	"employer_signed_by_user_id" uuid,
	"employer_signed_by_name" text,
	"employer_signed_at" timestamp with time zone,
	"employee_sign_recorded_by_user_id" uuid,
	"employee_sign_recorded_by_name" text,
	"employee_signed_at" timestamp with time zone,
	CONSTRAINT "reintegration_documents_status" CHECK ("reintegration_documents"."status" in ('draft', 'final'))
);
--> statement-breakpoint
ALTER TABLE "reintegration_documents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "reintegration_document_versions" ADD CONSTRAINT "reintegration_document_versions_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_document_versions" ADD CONSTRAINT "reintegration_document_versions_document_id_reintegration_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."reintegration_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_document_versions" ADD CONSTRAINT "reintegration_document_versions_saved_by_user_id_users_id_fk" FOREIGN KEY ("saved_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_documents" ADD CONSTRAINT "reintegration_documents_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_documents" ADD CONSTRAINT "reintegration_documents_dossier_document_id_dossier_documents_id_fk" FOREIGN KEY ("dossier_document_id") REFERENCES "public"."dossier_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_documents" ADD CONSTRAINT "reintegration_documents_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_documents" ADD CONSTRAINT "reintegration_documents_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_documents" ADD CONSTRAINT "reintegration_documents_finalized_by_user_id_users_id_fk" FOREIGN KEY ("finalized_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_documents" ADD CONSTRAINT "reintegration_documents_employer_signed_by_user_id_users_id_fk" FOREIGN KEY ("employer_signed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_documents" ADD CONSTRAINT "reintegration_documents_employee_sign_recorded_by_user_id_users_id_fk" FOREIGN KEY ("employee_sign_recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_documents" ADD CONSTRAINT "reintegration_documents_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_documents" ADD CONSTRAINT "reintegration_documents_case_same_employer_fk" FOREIGN KEY ("employer_id","case_id") REFERENCES "public"."cases"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reintegration_document_versions_employer_idx" ON "reintegration_document_versions" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "reintegration_documents_employee_idx" ON "reintegration_documents" USING btree ("employer_id","employee_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "reintegration_document_versions" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("reintegration_document_versions"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("reintegration_document_versions"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "reintegration_documents" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("reintegration_documents"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("reintegration_documents"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);