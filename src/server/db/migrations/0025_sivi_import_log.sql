CREATE TABLE "sivi_import_elements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"path" text NOT NULL,
	"line" integer NOT NULL,
	"absence_id" text,
	"sequence" integer,
	"outcome" text NOT NULL,
	"code" text,
	"detail" jsonb
);
--> statement-breakpoint
ALTER TABLE "sivi_import_elements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sivi_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"user_id" uuid,
	"api_client_id" uuid,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"reference" text,
	"result" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sivi_imports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sivi_import_elements" ADD CONSTRAINT "sivi_import_elements_import_id_sivi_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."sivi_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sivi_import_elements" ADD CONSTRAINT "sivi_import_elements_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sivi_imports" ADD CONSTRAINT "sivi_imports_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sivi_imports" ADD CONSTRAINT "sivi_imports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sivi_imports" ADD CONSTRAINT "sivi_imports_api_client_id_api_clients_id_fk" FOREIGN KEY ("api_client_id") REFERENCES "public"."api_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sivi_import_elements_import_idx" ON "sivi_import_elements" USING btree ("import_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sivi_import_elements_accepted_key" ON "sivi_import_elements" USING btree ("employer_id","absence_id","sequence") WHERE outcome = 'accepted';--> statement-breakpoint
CREATE INDEX "sivi_imports_employer_created_idx" ON "sivi_imports" USING btree ("employer_id","created_at");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "sivi_import_elements" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("sivi_import_elements"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("sivi_import_elements"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "sivi_imports" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("sivi_imports"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("sivi_imports"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);