-- Meetings per country pair and month, for charts: one row per (month, pair of sides),
-- the two country codes in alphabetical order. Meetings without a date are left out.
with

meetings as (

    select
        meeting_id,
        meeting_date,
        mode,
        status
    from {{ ref('meetings') }}
    where meeting_date is not null

),

participants as (

    select * from {{ ref('meeting_participants') }}

),

sides as (

    select
        meeting_id,
        min(coalesce(country_code, 'XX')) as country_code_a,
        max(coalesce(country_code, 'XX')) as country_code_b
    from participants
    group by meeting_id

),

counted as (

    select
        date_trunc('month', meetings.meeting_date)::date as meeting_month,
        sides.country_code_a,
        sides.country_code_b,
        count(*)::integer as meeting_count,
        (count(*) filter (where meetings.status = 'held'))::integer as held_count,
        (count(*) filter (where meetings.status = 'planned'))::integer as planned_count,
        (count(*) filter (where meetings.mode = 'in_person'))::integer as in_person_count,
        (count(*) filter (where meetings.mode <> 'in_person'))::integer as remote_count
    from meetings
    inner join sides on meetings.meeting_id = sides.meeting_id
    group by date_trunc('month', meetings.meeting_date), sides.country_code_a, sides.country_code_b

)

select * from counted
