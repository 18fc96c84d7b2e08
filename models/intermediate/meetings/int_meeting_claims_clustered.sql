-- Claims from different articles that are the same meeting get one meeting_id. The
-- blocking key is the pair of participants: only claims of the same pair are compared.
-- Within a pair, dated claims form one meeting while each date is within 3 days of the
-- one before (different days further apart stay apart). An undated claim joins the
-- pair's meeting nearest to its article's publication date (within 30 days), or, when
-- its article is undated, the pair's only meeting (unless it announces one in another
-- place) or the only one in the same place;
-- the rest of a pair's undated claims form one meeting of their own. An earlier meeting
-- an article recalls joins a dated meeting only by its date or place, never by the
-- article's publication date; left over, it is one meeting per place. The pairs that one
-- sentence names at a joint meeting ("the trilateral summit of A, B and C") are one
-- meeting, with the id of the first of their pairs' meetings; a pair's own meeting that
-- day is another.
-- across articles: rebuilt whole on every run
{{ config(materialized='table') }}
with

claims as (

    -- a call and a visit of the same pair are different meetings, and so are a joint
    -- meeting ("the trilateral summit") and the pair's own
    select
        *,
        mode <> 'in_person' as is_remote,
        case
            when mode <> 'in_person' then 'remote'
            when joint_sentence_index is not null then 'joint'
            else 'in_person'
        end as meeting_track
    from {{ ref('int_meeting_claims_dated_and_placed') }}

),

dated as (

    select
        *,
        coalesce(
            meeting_date - lag(meeting_date) over (
                partition by entity_a, entity_b, meeting_track order by meeting_date, article_id
            ) > 3,
            true
        ) as starts_new_meeting
    from claims
    where meeting_date is not null

),

dated_numbered as (

    select
        *,
        sum(starts_new_meeting::integer) over (
            partition by entity_a, entity_b, meeting_track order by meeting_date, article_id
        ) as meeting_number
    from dated

),

dated_meetings as (

    select
        entity_a,
        entity_b,
        meeting_track,
        meeting_number,
        min(meeting_date) as first_date,
        max(meeting_date) as last_date,
        list(distinct location order by location) filter (where location is not null) as locations
    from dated_numbered
    group by entity_a, entity_b, meeting_track, meeting_number

),

pair_meeting_counts as (

    select
        entity_a,
        entity_b,
        meeting_track,
        count(*) as meetings_of_pair
    from dated_meetings
    group by entity_a, entity_b, meeting_track

),

undated as (

    select * from claims
    where meeting_date is null

),

undated_attached as (

    select
        undated.*,
        coalesce(
            arg_min(
                dated_meetings.meeting_number,
                abs(dated_meetings.last_date - undated.published_date)
            ) filter (
                where undated.published_date is not null
                and not undated.is_recalled
                and dated_meetings.first_date <= undated.published_date + 30
                and dated_meetings.last_date >= undated.published_date - 30
            ),
            min(dated_meetings.meeting_number) filter (
                where
                undated.published_date is null
                and not undated.is_recalled
                -- an announcement that names another place is of another meeting
                and (
                    undated.status = 'held'
                    or undated.location is null
                    or coalesce(len(dated_meetings.locations), 0) = 0
                    or list_contains(dated_meetings.locations, undated.location)
                )
                and pair_meeting_counts.meetings_of_pair = 1
            ),
            -- an undated report of a pair met several times: the meeting in the same place, if one
            case
                when
                    count(*) filter (
                        where undated.published_date is null
                        and list_contains(dated_meetings.locations, undated.location)
                    ) = 1
                    then min(dated_meetings.meeting_number) filter (
                        where list_contains(dated_meetings.locations, undated.location)
                    )
            end,
            -1
        ) as meeting_number
    from undated
    left join dated_meetings
        on
            undated.entity_a = dated_meetings.entity_a
            and undated.entity_b = dated_meetings.entity_b
            and undated.meeting_track = dated_meetings.meeting_track
    left join pair_meeting_counts
        on
            undated.entity_a = pair_meeting_counts.entity_a
            and undated.entity_b = pair_meeting_counts.entity_b
            and undated.meeting_track = pair_meeting_counts.meeting_track
    group by all

),

all_claims as (

    select
        * exclude (starts_new_meeting),
        '' as undated_key
    from dated_numbered
    union all by name
    select
        *,
        -- undated recalled meetings of a pair left over are one per place
        case when meeting_number = -1 and is_recalled then 'recalled in ' || coalesce(location, '') else '' end
            as undated_key
    from undated_attached

),

clustered as (

    select
        * exclude (undated_key),
        md5(
            entity_a || '|' || entity_b || '|' || is_remote::varchar
            || case when meeting_track = 'joint' then '|joint' else '' end || '|' || coalesce(
                min(meeting_date) over (
                    partition by entity_a, entity_b, meeting_track, meeting_number, undated_key
                )::varchar,
                min(article_id) over (partition by entity_a, entity_b, meeting_track, meeting_number, undated_key)
                || undated_key
            )
        ) as pair_meeting_id
    from all_claims

),

joint_links as (

    select distinct
        article_id,
        joint_sentence_index,
        pair_meeting_id
    from clustered
    where joint_sentence_index is not null

),

joint_meetings as (

    select
        article_id,
        joint_sentence_index,
        min(pair_meeting_id) as joint_meeting_id
    from joint_links
    group by article_id, joint_sentence_index

),

-- a pair's meeting at several joint sentences takes the first of their ids
pair_joint_meetings as (

    select
        joint_links.pair_meeting_id,
        min(joint_meetings.joint_meeting_id) as joint_meeting_id
    from joint_links
    inner join joint_meetings
        on
            joint_links.article_id = joint_meetings.article_id
            and joint_links.joint_sentence_index = joint_meetings.joint_sentence_index
    group by joint_links.pair_meeting_id

),

final as (

    select
        clustered.* exclude (pair_meeting_id),  -- noqa: RF02
        coalesce(pair_joint_meetings.joint_meeting_id, clustered.pair_meeting_id) as meeting_id
    from clustered
    left join pair_joint_meetings on clustered.pair_meeting_id = pair_joint_meetings.pair_meeting_id

)

select * from final
