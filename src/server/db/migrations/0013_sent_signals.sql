CREATE TABLE "sent_signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"period" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sent_signals_once_key" UNIQUE("employer_id","recipient_id","kind","subject","period"),
	CONSTRAINT "sent_signals_kind_check" CHECK ("sent_signals"."kind" in ('documents', 'uwv_documents', 'frequent_absence', 'employment_end', 'open_tasks', 'open_cases'))
);
--> statement-breakpoint
ALTER TABLE "sent_signals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sent_signals" ADD CONSTRAINT "sent_signals_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sent_signals" ADD CONSTRAINT "sent_signals_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "sent_signals" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("sent_signals"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("sent_signals"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);