-- What a carried decision (議決) approved in another module: the approval step of a training plan, an
-- audit plan, an exception (例外措置) or a policy revision that names the decision. The matter's kind
-- and id are those the decision decides; who recorded the approval and when. The approving module
-- keeps the decision's id on its own record too, so the link runs both ways.
create table cmt_decision_approval (
    decision_id   bigint                   not null,
    matter_kind   varchar(40)              not null,
    matter_id     bigint                   not null,
    approved_by   varchar(100)             not null,
    approved_name varchar(100)             not null,
    approved_at   timestamp with time zone not null,
    constraint cmt_decision_approval_pk primary key (decision_id, matter_kind, matter_id),
    constraint cmt_decision_approval_decision_fk foreign key (decision_id) references cmt_decision (id)
);
create index cmt_decision_approval_matter_ix on cmt_decision_approval (matter_kind, matter_id);
