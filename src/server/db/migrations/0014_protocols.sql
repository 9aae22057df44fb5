CREATE TABLE "protocol_tasks" (
	"protocol_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"trigger" text NOT NULL,
	"due_offset" integer NOT NULL,
	"repeat_every" integer,
	"repeat_until" integer,
	"responsible" text[] NOT NULL,
	"postponable" boolean NOT NULL,
	"set_aside_on_close" boolean NOT NULL,
	"earlier_after_task" text,
	"earlier_after_days" integer,
	CONSTRAINT "protocol_tasks_protocol_id_code_pk" PRIMARY KEY("protocol_id","code"),
	CONSTRAINT "protocol_tasks_trigger_check" CHECK ("protocol_tasks"."trigger" in ('case_start', 'sick_day', 'first_working_day_after_sick_day', 'calendar_days', 'expected_delivery_date', 'end_of_employment')),
	CONSTRAINT "protocol_tasks_repetition_check" CHECK (("protocol_tasks"."repeat_every" is null) = ("protocol_tasks"."repeat_until" is null) and coalesce("protocol_tasks"."repeat_every", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "protocols" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"employer_id" uuid,
	"version" integer NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "protocols_code_employer_version_key" UNIQUE NULLS NOT DISTINCT("code","employer_id","version")
);
--> statement-breakpoint
-- The default protocols (DOMAIN.md §2 and §3), version 1. The WAZO application is due two weeks
-- before the latest allowed first day of leave (E+1-28); the UWV report at the end of employment on
-- the employment's last working day.
INSERT INTO "protocols" ("id", "code", "employer_id", "version", "name_nl", "name_en") VALUES
	('6e7c3a52-0d1b-4c8e-9a51-000000000001', 'WVP', null, 1, 'Wet verbetering poortwachter', 'Gatekeeper Improvement Act'),
	('6e7c3a52-0d1b-4c8e-9a51-000000000002', 'WAZO', null, 1, 'Zwangerschaps- en bevallingsverlof (WAZO)', 'Pregnancy and maternity leave (WAZO)');--> statement-breakpoint
INSERT INTO "protocol_tasks" ("protocol_id", "position", "code", "name_nl", "name_en", "trigger", "due_offset", "repeat_every", "repeat_until", "responsible", "postponable", "set_aside_on_close", "earlier_after_task", "earlier_after_days") VALUES
	('6e7c3a52-0d1b-4c8e-9a51-000000000001', 0, 'ziekmelding_arbodienst', 'Ziekmelding aan arbodienst', 'Sick report to the occupational health service', 'sick_day', 7, null, null, array['employer'], false, true, null, null),
	('6e7c3a52-0d1b-4c8e-9a51-000000000001', 1, 'probleemanalyse', 'Probleemanalyse', 'Problem analysis', 'sick_day', 42, null, null, array['bedrijfsarts'], true, true, null, null),
	('6e7c3a52-0d1b-4c8e-9a51-000000000001', 2, 'plan_van_aanpak', 'Plan van aanpak', 'Action plan', 'sick_day', 56, null, null, array['employer', 'employee'], true, true, 'probleemanalyse', 14),
	('6e7c3a52-0d1b-4c8e-9a51-000000000001', 3, 'evaluatie_plan_van_aanpak', 'Evaluatie plan van aanpak', 'Action plan evaluation', 'sick_day', 98, 42, 728, array['employer', 'employee'], true, true, null, null),
	('6e7c3a52-0d1b-4c8e-9a51-000000000001', 4, 'uwv_42e_week', '42e-weeksmelding UWV', '42nd-week report to the UWV', 'first_working_day_after_sick_day', 294, null, null, array['employer'], false, true, null, null),
	('6e7c3a52-0d1b-4c8e-9a51-000000000001', 5, 'eerstejaarsevaluatie', 'Eerstejaarsevaluatie', 'First-year evaluation', 'sick_day', 364, null, null, array['employer', 'employee'], true, true, null, null),
	('6e7c3a52-0d1b-4c8e-9a51-000000000001', 6, 'eindevaluatie', 'Eindevaluatie en actueel oordeel', 'Final evaluation and current opinion', 'sick_day', 637, null, null, array['employer', 'bedrijfsarts'], true, true, null, null),
	('6e7c3a52-0d1b-4c8e-9a51-000000000001', 7, 'wia_aanvraag', 'WIA-aanvraag', 'WIA application', 'sick_day', 651, null, null, array['employee', 'employer'], false, true, null, null),
	('6e7c3a52-0d1b-4c8e-9a51-000000000001', 8, 'einde_loondoorbetaling', 'Einde loondoorbetaling', 'End of continued wage payment', 'sick_day', 728, null, null, array['employer'], false, true, null, null),
	('6e7c3a52-0d1b-4c8e-9a51-000000000001', 9, 'ziekmelding_uwv_einde_dienstverband', 'Ziekmelding UWV bij einde dienstverband', 'Sick report to the UWV at the end of employment', 'end_of_employment', 0, null, null, array['employer'], false, true, null, null),
	('6e7c3a52-0d1b-4c8e-9a51-000000000002', 0, 'zwangerschapsverklaring_bewaren', 'Zwangerschapsverklaring bewaren', 'Keep the pregnancy statement', 'case_start', 0, null, null, array['employer'], true, false, null, null),
	('6e7c3a52-0d1b-4c8e-9a51-000000000002', 1, 'wazo_aanvraag', 'WAZO-uitkering aanvragen', 'Apply for the WAZO benefit', 'expected_delivery_date', -41, null, null, array['employer'], false, true, null, null),
	('6e7c3a52-0d1b-4c8e-9a51-000000000002', 2, 'geboorte_melden', 'Geboorte melden', 'Report the birth', 'expected_delivery_date', 7, null, null, array['employee', 'employer'], true, true, null, null);--> statement-breakpoint
-- The tasks made before protocols were data came from the WVP as its version 1 stands.
ALTER TABLE "case_tasks" ADD COLUMN "protocol_id" uuid;--> statement-breakpoint
UPDATE "case_tasks" SET "protocol_id" = '6e7c3a52-0d1b-4c8e-9a51-000000000001';--> statement-breakpoint
ALTER TABLE "case_tasks" ALTER COLUMN "protocol_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "case_tasks" DROP COLUMN "protocol_code";--> statement-breakpoint
ALTER TABLE "protocol_tasks" ADD CONSTRAINT "protocol_tasks_protocol_id_protocols_id_fk" FOREIGN KEY ("protocol_id") REFERENCES "public"."protocols"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocols" ADD CONSTRAINT "protocols_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_protocol_id_protocols_id_fk" FOREIGN KEY ("protocol_id") REFERENCES "public"."protocols"("id") ON DELETE no action ON UPDATE no action;
