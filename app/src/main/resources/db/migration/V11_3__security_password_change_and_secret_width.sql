-- A password set by an administrator must be changed at the next sign-in (issue 12 point 4).
alter table sec_account add column password_must_change boolean default false not null;
-- TOTP secrets are stored encrypted (AES-GCM, key outside the database; issue 12 point 10):
-- "v1:" + Base64 of nonce, cipher text and tag needs more room than the Base32 secret did.
alter table sec_account alter column totp_secret set data type varchar(200);
alter table sec_account alter column totp_pending_secret set data type varchar(200);
