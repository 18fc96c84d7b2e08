-- Who met: the participants of each meeting (two, or all those at a joint meeting), with
-- the side each represents and the title they held that day (offices seed), else the
-- title the articles give them.
with

meetings as (

    select * from {{ ref('meetings') }}

),

claims as (

    select * from {{ ref('int_meeting_claims_clustered') }}

),

entities as (

    select * from {{ ref('entities') }}

),

offices as (

    select * from {{ ref('gazetteer_offices') }}

),

titled_names as (

    select * from {{ ref('int_titled_names_linked') }}

),

sources as (

    select * from {{ ref('meeting_sources') }}

),

participants as (

    select distinct
        meetings.meeting_id,
        meetings.meeting_date,
        unnest([claims.entity_a, claims.entity_b]) as entity_id
    from meetings
    inner join claims on meetings.meeting_id = claims.meeting_id

),

offices_held as (

    select
        participants.meeting_id,
        participants.entity_id,
        -- the highest office first when several are held at once, then by name (so a
        -- tie never depends on the order rows arrive in)
        arg_min(
            offices.office,
            [
                case offices.office
                    when 'President' then 1 when 'Prime Minister' then 2 when 'Foreign Minister' then 3 else 9
                end::varchar,
                offices.office
            ]
        ) as office
    from participants
    inner join offices
        on
            participants.entity_id = offices.entity_id
            and {{ office_held_on('offices', 'participants.meeting_date') }}
    group by participants.meeting_id, participants.entity_id

),

titles_counted as (

    select
        sources.meeting_id,
        titled_names.entity_id,
        titled_names.office,
        count(*) as times_given
    from sources
    inner join titled_names on sources.article_id = titled_names.article_id
    where titled_names.office is not null
    group by sources.meeting_id, titled_names.entity_id, titled_names.office

),

-- the title the reports give most often, ties to the first in alphabetical order
titles_given as (

    select
        meeting_id,
        entity_id,
        arg_min(office, (-times_given, office)) as office
    from titles_counted
    group by meeting_id, entity_id

),

final as (

    select
        participants.meeting_id,
        participants.entity_id,
        entities.name,
        entities.country_code,
        coalesce(offices_held.office, titles_given.office) as role
    from participants
    inner join entities on participants.entity_id = entities.entity_id
    left join offices_held
        on participants.meeting_id = offices_held.meeting_id and participants.entity_id = offices_held.entity_id
    left join titles_given
        on participants.meeting_id = titles_given.meeting_id and participants.entity_id = titles_given.entity_id

)

select * from final
