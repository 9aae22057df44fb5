CREATE TABLE "dossier_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"case_id" uuid,
	"category" text NOT NULL,
	"file_name" text NOT NULL,
	"kind" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by_user_id" uuid NOT NULL,
	"uploaded_by_name" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_user_id" uuid,
	"withdrawn_by_name" text,
	"withdrawn_reason" text,
	CONSTRAINT "dossier_documents_storage_key_unique" UNIQUE("storage_key"),
	CONSTRAINT "dossier_documents_withdrawn_check" CHECK (("dossier_documents"."withdrawn_at" is null) = ("dossier_documents"."withdrawn_reason" is null)
        and ("dossier_documents"."withdrawn_at" is null) = ("dossier_documents"."withdrawn_by_user_id" is null))
);
--> statement-breakpoint
ALTER TABLE "dossier_documents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dossier_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"case_id" uuid,
	"contact_date" date NOT NULL,
	"contact_type" text NOT NULL,
	"text" text NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "medical_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"sealed_text" text NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "medical_notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "dossier_documents" ADD CONSTRAINT "dossier_documents_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_documents" ADD CONSTRAINT "dossier_documents_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_documents" ADD CONSTRAINT "dossier_documents_withdrawn_by_user_id_users_id_fk" FOREIGN KEY ("withdrawn_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_documents" ADD CONSTRAINT "dossier_documents_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_notes" ADD CONSTRAINT "dossier_notes_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_notes" ADD CONSTRAINT "dossier_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_notes" ADD CONSTRAINT "dossier_notes_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medical_notes" ADD CONSTRAINT "medical_notes_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medical_notes" ADD CONSTRAINT "medical_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medical_notes" ADD CONSTRAINT "medical_notes_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_documents_employee_idx" ON "dossier_documents" USING btree ("employer_id","employee_id");--> statement-breakpoint
CREATE INDEX "dossier_notes_employee_idx" ON "dossier_notes" USING btree ("employer_id","employee_id","contact_date");--> statement-breakpoint
CREATE INDEX "medical_notes_employee_idx" ON "medical_notes" USING btree ("employer_id","employee_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dossier_documents" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("dossier_documents"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("dossier_documents"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dossier_notes" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("dossier_notes"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("dossier_notes"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "medical_notes" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("medical_notes"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("medical_notes"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);