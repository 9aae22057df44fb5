CREATE TABLE "vault_access_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "vault_access_requests_status_check" CHECK ("vault_access_requests"."status" in ('pending', 'approved', 'refused'))
);
--> statement-breakpoint
ALTER TABLE "vault_access_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "vault_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"document" text NOT NULL,
	"version" text NOT NULL,
	"text_sha256" text NOT NULL,
	"signed_by" uuid NOT NULL,
	"authorised_name" text NOT NULL,
	"authorised_email" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"ip" text NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
ALTER TABLE "vault_agreements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "vault_members" (
	"employer_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"level" text NOT NULL,
	"granted_by" uuid,
	"granted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "vault_members_employer_id_user_id_pk" PRIMARY KEY("employer_id","user_id"),
	CONSTRAINT "vault_members_level_check" CHECK ("vault_members"."level" in ('admin', 'access'))
);
--> statement-breakpoint
ALTER TABLE "vault_members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "vault_personal_data" (
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"bsn_sealed" text,
	"contact_sealed" text NOT NULL,
	"key_id" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "vault_personal_data_employer_id_employee_id_pk" PRIMARY KEY("employer_id","employee_id")
);
--> statement-breakpoint
ALTER TABLE "vault_personal_data" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "vault_access_requests" ADD CONSTRAINT "vault_access_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_access_requests" ADD CONSTRAINT "vault_access_requests_membership_fk" FOREIGN KEY ("user_id","employer_id") REFERENCES "public"."memberships"("user_id","employer_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_agreements" ADD CONSTRAINT "vault_agreements_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_agreements" ADD CONSTRAINT "vault_agreements_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_members" ADD CONSTRAINT "vault_members_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_members" ADD CONSTRAINT "vault_members_membership_fk" FOREIGN KEY ("user_id","employer_id") REFERENCES "public"."memberships"("user_id","employer_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_personal_data" ADD CONSTRAINT "vault_personal_data_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_personal_data" ADD CONSTRAINT "vault_personal_data_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_personal_data" ADD CONSTRAINT "vault_personal_data_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vault_access_requests_employer_status_idx" ON "vault_access_requests" USING btree ("employer_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "vault_access_requests_pending_key" ON "vault_access_requests" USING btree ("employer_id","user_id") WHERE "vault_access_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "vault_agreements_employer_idx" ON "vault_agreements" USING btree ("employer_id","document");--> statement-breakpoint
CREATE INDEX "vault_personal_data_key_id_idx" ON "vault_personal_data" USING btree ("key_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "vault_access_requests" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("vault_access_requests"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("vault_access_requests"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "vault_agreements" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("vault_agreements"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("vault_agreements"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "vault_members" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("vault_members"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("vault_members"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "vault_personal_data" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("vault_personal_data"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("vault_personal_data"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);