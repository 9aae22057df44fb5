CREATE TABLE "api_idempotency_keys" (
	"client_id" uuid NOT NULL,
	"key" text NOT NULL,
	"employer_id" uuid NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_idempotency_keys_client_id_key_pk" PRIMARY KEY("client_id","key")
);
--> statement-breakpoint
ALTER TABLE "api_idempotency_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "api_idempotency_keys" ADD CONSTRAINT "api_idempotency_keys_client_id_api_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_idempotency_keys" ADD CONSTRAINT "api_idempotency_keys_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "api_idempotency_keys" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("api_idempotency_keys"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("api_idempotency_keys"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);