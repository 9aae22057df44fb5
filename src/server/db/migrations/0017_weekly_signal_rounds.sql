CREATE TABLE "weekly_signal_rounds" (
	"employer_id" uuid NOT NULL,
	"week" date NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	CONSTRAINT "weekly_signal_rounds_pkey" PRIMARY KEY("employer_id","week")
);
--> statement-breakpoint
ALTER TABLE "weekly_signal_rounds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "weekly_signal_rounds" ADD CONSTRAINT "weekly_signal_rounds_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_tasks_employer_due_idx" ON "case_tasks" USING btree ("employer_id","due_date","code","id");--> statement-breakpoint
CREATE INDEX "case_tasks_pending_due_idx" ON "case_tasks" USING btree ("employer_id","due_date","code","id") WHERE "case_tasks"."status" in ('open', 'postponed');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "weekly_signal_rounds" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("weekly_signal_rounds"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("weekly_signal_rounds"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);