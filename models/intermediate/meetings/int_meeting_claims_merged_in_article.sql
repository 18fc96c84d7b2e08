-- One claim per article, pair of participants and occasion (the meeting reported, each
-- earlier meeting it recalls, a visit announced in a report of a call or meeting, each later venue
-- a sentence lists: "met in Kazan and at a forum in Ashgabat", a joint meeting: "the
-- trilateral summit"). Partial claims
-- join the nearest full claim of the same article within 50 sentences that they fit (a
-- person of the pair, or the pair's countries, or no names at all: "the two leaders"),
-- all of those of one sentence naming several pairs. From all its sentences the claim
-- takes: the most specific kind, a phone or video mode, held over planned (a meeting only
-- named is held when no sentence announces it), the first held sentence as evidence, its
-- date words and its place words.
with

claims as not materialized (

    select * from {{ ref('int_meeting_claims_paired') }}
    where {{ only_new_documents() }}

),

kind_ranks as (

    select * from {{ ref('int_meeting_kinds_ranked') }}

),

-- Which meeting of the article a sentence naming the pair tells of: each recalled
-- meeting is its own; a visit announced in a report of a call, or of a meeting held, is
-- not that call or meeting ("met in Paris on Monday ... will travel to Berlin next month
-- for talks"); the rest (a call and "the talks", an announcement and the meeting named)
-- are one.
full_claims as (

    select
        *,
        case
            when occasion_segment > 0 then {{ later_occasion('is_recalled', 'sentence_index', 'occasion_segment') }}
            when is_recalled then 'recalled ' || sentence_index
            -- "the trilateral summit": not the pair's own meeting
            when is_joint then 'joint ' || sentence_index
            when
                mode = 'in_person'
                and status = 'planned'
                and bool_or((mode <> 'in_person' or status = 'held') and not is_recalled) over (
                    partition by article_id, entity_a, entity_b
                )
                then 'planned visit'
            else 'reported'
        end as occasion,
        sentence_index // 50 as sentence_block
    from claims
    where entity_a is not null

),

-- A partial claim looks for its full claim in its own block of 50 sentences and the two
-- beside it (equality joins: a page of thousands of claims is not a join of all their pairs).
partial_claims as (

    select
        *,
        unnest([sentence_index // 50 - 1, sentence_index // 50, sentence_index // 50 + 1]) as nearby_block
    from claims
    where entity_a is null

),

-- The full claims each partial claim fits: a person of the pair, or the pair's countries,
-- or no names at all. A call is not part of a visit, nor a visit of a call, nor a
-- recalled meeting of either; but a partial claim tells an occasion of its own, for the
-- pair of the claim it fits, when it recalls an earlier meeting said to have taken place
-- ("The two leaders had previously met in Bishkek") or announces a visit next to a call
-- ("During the call, the leaders discussed the upcoming state visit").
fits as (

    select
        partial_claims.article_id,
        partial_claims.sentence_index,
        partial_claims.sentence_text,
        partial_claims.kind,
        partial_claims.mode,
        partial_claims.status,
        partial_claims.is_recalled,
        partial_claims.names_the_meeting,
        partial_claims.partial_people,
        partial_claims.partial_countries,
        full_claims.occasion,
        full_claims.sentence_index as full_sentence_index,
        full_claims.entity_a,
        full_claims.entity_b,
        full_claims.side_a,
        full_claims.side_b,
        partial_claims.occasion_segment,
        partial_claims.segment_start,
        partial_claims.segment_end,
        partial_claims.is_recalled
        or partial_claims.occasion_segment > 0
        or (partial_claims.mode = 'in_person') <> (full_claims.mode = 'in_person') as tells_own_occasion
    from partial_claims
    inner join full_claims
        on
            partial_claims.article_id = full_claims.article_id
            and partial_claims.nearby_block = full_claims.sentence_block
            and not full_claims.is_recalled
            and full_claims.occasion_segment = 0
            and (
                not partial_claims.is_recalled
                and (partial_claims.mode = 'in_person') = (full_claims.mode = 'in_person')
                -- "had met", not a summit only named beside a month ("the summit in October")
                or partial_claims.is_recalled and partial_claims.status = 'held'
                or partial_claims.mode = 'in_person' and partial_claims.status = 'planned'
            )
            and (
                list_has_any(partial_claims.partial_people, [full_claims.entity_a, full_claims.entity_b])
                or (
                    len(partial_claims.partial_people) = 0
                    and list_has_all([full_claims.side_a, full_claims.side_b], partial_claims.partial_countries)
                )
            )

),

attachments as (

    select
        article_id,
        sentence_index,
        sentence_text,
        kind,
        mode,
        status,
        case
            when occasion_segment > 0 then {{ later_occasion('is_recalled', 'sentence_index', 'occasion_segment') }}
            when is_recalled then 'recalled ' || sentence_index
            when tells_own_occasion then 'planned visit'
            else occasion
        end as occasion,
        entity_a,
        entity_b,
        side_a,
        side_b,
        null::integer as pair_position,
        occasion_segment,
        segment_start,
        segment_end,
        tells_own_occasion as tells_the_meeting,
        -- "Sharif visited Doha on September 11": a day said of one of the two is not their
        -- meeting's, unless the sentence names the meeting ("during the meeting on
        -- Wednesday, Khan said") or tells an occasion of its own
        len(partial_people) = 0 or names_the_meeting or tells_own_occasion as gives_the_day
    from fits
    -- a recalled meeting or a visit that names countries is one of theirs
    where
        not tells_own_occasion
        or len(partial_countries) = 0
        or list_has_all(partial_countries, [side_a, side_b])
    -- the nearest claims, all of them when one sentence names several pairs ("Dar held
    -- talks with A, B and C"; "Upon arrival in Kabul, Dar was received …")
    qualify rank() over (
        partition by article_id, sentence_index
        order by
            abs(full_sentence_index - sentence_index)
            + case when full_sentence_index > sentence_index then 0.5 else 0 end
    ) = 1

),

claim_sentences as (

    select
        article_id,
        sentence_index,
        sentence_text,
        kind,
        mode,
        status,
        occasion,
        entity_a,
        entity_b,
        side_a,
        side_b,
        pair_position,
        occasion_segment,
        segment_start,
        segment_end,
        is_joint,
        true as names_the_pair,
        true as tells_the_meeting,
        true as gives_the_day
    from full_claims
    union all
    select
        article_id,
        sentence_index,
        sentence_text,
        kind,
        mode,
        status,
        occasion,
        entity_a,
        entity_b,
        side_a,
        side_b,
        pair_position,
        occasion_segment,
        segment_start,
        segment_end,
        false as is_joint,
        false as names_the_pair,
        tells_the_meeting,
        gives_the_day
    from attachments

),

article_claims as (

    select
        claim_sentences.article_id,
        claim_sentences.entity_a,
        claim_sentences.entity_b,
        claim_sentences.occasion,
        claim_sentences.occasion like 'recalled%' as is_recalled,
        min(claim_sentences.side_a) as side_a,
        min(claim_sentences.side_b) as side_b,
        -- a later venue of one sentence: which, and where it stands in the sentence
        max(claim_sentences.occasion_segment) as occasion_segment,
        max(claim_sentences.segment_start) as segment_start,
        max(claim_sentences.segment_end) as segment_end,
        -- the first sentence naming the pair at a joint meeting ("the trilateral summit"):
        -- the pairs of one such sentence are one meeting
        min(claim_sentences.sentence_index) filter (where claim_sentences.is_joint) as joint_sentence_index,
        min(claim_sentences.sentence_index) filter (where claim_sentences.tells_the_meeting) as first_sentence_index,
        arg_min(
            claim_sentences.sentence_text,
            [(claim_sentences.status <> 'held')::integer, claim_sentences.sentence_index]
        ) filter (where claim_sentences.tells_the_meeting) as evidence,
        arg_min(
            claim_sentences.sentence_index,
            [(claim_sentences.status <> 'held')::integer, claim_sentences.sentence_index]
        ) filter (where claim_sentences.tells_the_meeting) as evidence_sentence_index,
        arg_min(claim_sentences.pair_position, claim_sentences.sentence_index) filter (
            where claim_sentences.names_the_pair
        ) as first_pair_position,
        -- the most specific kind of all its sentences ("the delegation-level talks" over
        -- "A visited B"); mode and status come from the sentences that tell the meeting
        -- (name both, or tell an occasion of its own), the others add only their kind
        -- and their time and place words
        arg_min(claim_sentences.kind, kind_ranks.kind_rank) as kind,
        coalesce(
            arg_min(claim_sentences.mode, claim_sentences.sentence_index) filter (
                where claim_sentences.mode <> 'in_person' and claim_sentences.tells_the_meeting
            ),
            'in_person'
        ) as mode,
        -- held when a sentence naming both says so; planned when one announces it and none
        -- says it took place ("are set to hold talks … The meeting between them marks …");
        -- a meeting only named is taken as held
        case
            when bool_or(claim_sentences.status = 'held' and claim_sentences.tells_the_meeting) then 'held'
            when bool_or(claim_sentences.status = 'planned' and claim_sentences.tells_the_meeting) then 'planned'
            else 'held'
        end as status,
        list(distinct claim_sentences.sentence_index order by claim_sentences.sentence_index) as sentence_indexes,
        list(distinct claim_sentences.sentence_index order by claim_sentences.sentence_index) filter (
            where claim_sentences.names_the_pair
        ) as pair_sentence_indexes,
        list(distinct claim_sentences.sentence_index order by claim_sentences.sentence_index) filter (
            where claim_sentences.gives_the_day
        ) as day_sentence_indexes,
        -- the sentences that tell the meeting as the claim has it (held, else planned): their
        -- day comes first ("arrived on Wednesday … a scheduled meeting on Thursday")
        coalesce(
            list(distinct claim_sentences.sentence_index order by claim_sentences.sentence_index) filter (
                where claim_sentences.tells_the_meeting and claim_sentences.status = 'held'
            ),
            list(distinct claim_sentences.sentence_index order by claim_sentences.sentence_index) filter (
                where claim_sentences.tells_the_meeting and claim_sentences.status = 'planned'
            ),
            []
        ) as status_sentence_indexes
    from claim_sentences
    left join kind_ranks on claim_sentences.kind = kind_ranks.kind
    group by claim_sentences.article_id, claim_sentences.entity_a, claim_sentences.entity_b, claim_sentences.occasion

),

-- each article's load, for the incremental watermark
article_loads as (

    select distinct
        article_id,
        loaded_at
    from claims

)

select
    article_claims.*,
    article_loads.loaded_at
from article_claims
left join article_loads on article_claims.article_id = article_loads.article_id
