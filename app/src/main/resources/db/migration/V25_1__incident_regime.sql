-- The body's legal regime for breach reporting (issue 11): 行政機関等 (個人情報保護法 第68条) or
-- 個人情報取扱事業者 (第26条). Each choice is a new row; the newest is in force unless the setting
-- mamori.incident.regime is given. Owned by the incident module.
-- Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.
create table inc_regime_choice (
    seq        int                      not null,
    regime     varchar(20)              not null,
    chosen_by  varchar(100)             not null,
    chosen_at  timestamp with time zone not null,
    reason     varchar(2000)            not null,
    constraint inc_regime_choice_pk primary key (seq),
    constraint inc_regime_choice_regime_ck check (regime in ('PUBLIC_BODY', 'BUSINESS'))
);

-- 条例要配慮個人情報 (個人情報保護法 第60条第5項; a case of its own under 施行規則 第43条第5号),
-- as reported (rp_) and as known now (pd_).
alter table inc_incident add column rp_ordinance_sensitive boolean default false not null;
alter table inc_incident add column pd_ordinance_sensitive boolean default false not null;
