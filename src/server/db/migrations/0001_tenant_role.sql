-- The role every tenant query runs as (SET LOCAL ROLE in inTenant, src/server/db/tenancy.ts).
-- Roles belong to the whole server, so another database on it may have made it already.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'verzuim_tenant') THEN
    CREATE ROLE verzuim_tenant NOLOGIN;
  END IF;
  -- The migrating user (who also runs the app) must be allowed to switch to it.
  EXECUTE format('GRANT verzuim_tenant TO %I', current_user);
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO verzuim_tenant;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO verzuim_tenant;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO verzuim_tenant;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO verzuim_tenant;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO verzuim_tenant;
