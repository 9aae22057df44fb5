CREATE TABLE "case_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"protocol_code" text NOT NULL,
	"code" text NOT NULL,
	"occurrence" integer NOT NULL,
	"due_sick_day" integer NOT NULL,
	"due_date" date NOT NULL,
	"status" text NOT NULL,
	"important" boolean DEFAULT false NOT NULL,
	"postponable" boolean NOT NULL,
	"set_aside_on_close" boolean NOT NULL,
	"done_on" date,
	"note" text,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_tasks_case_code_occurrence_key" UNIQUE("case_id","code","occurrence"),
	CONSTRAINT "case_tasks_status_check" CHECK ("case_tasks"."status" in ('open', 'done', 'postponed', 'cancelled', 'set_aside'))
);
--> statement-breakpoint
ALTER TABLE "case_tasks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_case_same_employer_fk" FOREIGN KEY ("employer_id","case_id") REFERENCES "public"."cases"("employer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_employee_same_employer_fk" FOREIGN KEY ("employer_id","employee_id") REFERENCES "public"."employees"("employer_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_tasks_employer_status_due_idx" ON "case_tasks" USING btree ("employer_id","status","due_date");--> statement-breakpoint
CREATE INDEX "case_tasks_employer_employee_idx" ON "case_tasks" USING btree ("employer_id","employee_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "case_tasks" AS PERMISSIVE FOR ALL TO "verzuim_tenant" USING ("case_tasks"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid) WITH CHECK ("case_tasks"."employer_id" = nullif(current_setting('app.employer_id', true), '')::uuid);