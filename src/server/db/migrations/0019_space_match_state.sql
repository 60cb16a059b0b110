CREATE TABLE "space_match_state" (
	"id" smallint PRIMARY KEY NOT NULL,
	"token" uuid NOT NULL,
	CONSTRAINT "space_match_state_one_ck" CHECK ("space_match_state"."id" = 1)
);
