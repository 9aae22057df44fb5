-- Issue 16 item 8: stored mail bodies keep no usable link. Earlier rows held the tokens of
-- invitation, reset and e-mail-confirmation links in clear; the same rule as
-- withoutLinkTokens in platform/outbox/outbox.repository.ts blanks them.
UPDATE "outbox_messages" SET
  "body_text" = regexp_replace("body_text", '([#?&]token=)[A-Za-z0-9_-]+', '\1•••', 'g'),
  "body_html" = regexp_replace("body_html", '([#?&]token=)[A-Za-z0-9_-]+', '\1•••', 'g')
WHERE "body_text" ~ '[#?&]token=[A-Za-z0-9_-]' OR "body_html" ~ '[#?&]token=[A-Za-z0-9_-]';
