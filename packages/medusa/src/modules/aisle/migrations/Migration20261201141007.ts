import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201141007 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "aisle_index_state" drop constraint if exists "aisle_index_state_name_unique";`);
    this.addSql(`create table if not exists "aisle_analytics_event" ("id" text not null, "type" text not null, "conversation_id" text null, "product_id" text null, "occurred_at" timestamptz not null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aisle_analytics_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aisle_analytics_event_type" ON "aisle_analytics_event" ("type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aisle_analytics_event_product_id" ON "aisle_analytics_event" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aisle_analytics_event_deleted_at" ON "aisle_analytics_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "aisle_conversation" ("id" text not null, "customer_id" text null, "messages" jsonb not null, "turns" integer not null default 0, "intent" text null, "resolved" boolean not null default false, "handoff" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aisle_conversation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aisle_conversation_customer_id" ON "aisle_conversation" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aisle_conversation_deleted_at" ON "aisle_conversation" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "aisle_copy_draft" ("id" text not null, "kind" text not null, "product_id" text not null, "language" text not null, "status" text check ("status" in ('draft', 'approved', 'rejected')) not null default 'draft', "source" text not null, "model_id" text null, "job_id" text null, "content" jsonb not null, "findings" jsonb not null, "drafted_at" timestamptz not null, "reviewed_at" timestamptz null, "reviewed_by" text null, "previous" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aisle_copy_draft_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aisle_copy_draft_product_id" ON "aisle_copy_draft" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aisle_copy_draft_job_id" ON "aisle_copy_draft" ("job_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aisle_copy_draft_deleted_at" ON "aisle_copy_draft" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "aisle_index_state" ("id" text not null, "name" text not null, "store" text not null, "vectors" boolean not null default false, "status" text check ("status" in ('idle', 'indexing', 'failed')) not null default 'idle', "products" integer not null default 0, "last_full_at" timestamptz null, "last_incremental_at" timestamptz null, "last_duration_ms" integer null, "last_error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aisle_index_state_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_aisle_index_state_name_unique" ON "aisle_index_state" ("name") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aisle_index_state_deleted_at" ON "aisle_index_state" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "aisle_analytics_event" cascade;`);

    this.addSql(`drop table if exists "aisle_conversation" cascade;`);

    this.addSql(`drop table if exists "aisle_copy_draft" cascade;`);

    this.addSql(`drop table if exists "aisle_index_state" cascade;`);
  }

}
