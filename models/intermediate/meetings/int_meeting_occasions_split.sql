-- depends_on: {{ ref('occasion_breaks') }}
-- Meeting sentences that list several venues of one meeting phrase ("Putin met
-- Pezeshkian on the sidelines of a summit in Kazan and at a forum in Ashgabat"): each
-- venue after the first is an occasion of its own (occasion_breaks seed). One row per
-- later occasion (1, 2, …), with where it starts and ends in the sentence; the first
-- occasion (0) is the rest of the sentence and has no row. A venue is a list item only
-- when both it and the part before it (from the meeting phrase on) place something: a
-- city or country after "in" or "at", or a named event ("met Y to discuss trade and
-- the forum" lists nothing); in a later venue, the place comes right after its opening
-- words ("and at a forum in Ashgabat", "and in Rio"; not "and in a statement praised
-- Turkey").
{%- set break_regex = "'((?:' || " ~ rule_regex('occasion_breaks') ~ " || '))'" %}
with

detected as not materialized (

    select * from {{ ref('int_meeting_sentences_detected') }}
    where {{ only_new_documents() }}

),

sentences as (

    select
        article_id,
        sentence_index,
        char_start
    from {{ ref('int_article_sentences_split') }}
    where {{ only_new_documents() }}

),

mentions as (

    select * from {{ ref('int_mentions_combined') }}
    where {{ only_new_documents() }}

),

entities as (

    select * from {{ ref('int_entities_listed') }}

),

-- the sentence from its meeting phrase on, cut before each break (a control character
-- marks the cuts: it never occurs in normalised text)
pieces as (

    select
        article_id,
        sentence_index,
        phrase_position,
        string_split(
            regexp_replace(substr(lower(sentence_text), phrase_position), {{ break_regex }}, chr(31) || '\1', 'g'),
            chr(31)
        ) as pieces
    from detected
    where regexp_matches(substr(lower(sentence_text), phrase_position), {{ break_regex }})

),

segments as (

    select
        article_id,
        sentence_index,
        occasion_segment,
        (
            phrase_position
            + coalesce(
                sum(length(piece)) over (
                    partition by article_id, sentence_index
                    order by occasion_segment
                    rows between unbounded preceding and 1 preceding
                ),
                0
            )
        )::integer as segment_start,
        length(piece) as segment_length,
        -- the venue's opening words ("and at a cultural forum")
        length(regexp_extract(piece, '^' || {{ break_regex }}, 1)) as opening_length
    from (
        select
            article_id,
            sentence_index,
            phrase_position,
            unnest(pieces) as piece,
            unnest(range(len(pieces))) as occasion_segment
        from pieces
    ) as unnested

),

-- the venues the sentence names: a city or country after "in"/"at", or an event
venues as (

    select
        mentions.article_id,
        mentions.sentence_index,
        mentions.char_start - sentences.char_start + 1 as position_in_sentence,
        lower(detected.sentence_text) as sentence_lower
    from mentions
    inner join sentences
        on mentions.article_id = sentences.article_id and mentions.sentence_index = sentences.sentence_index
    inner join detected
        on mentions.article_id = detected.article_id and mentions.sentence_index = detected.sentence_index
    inner join entities on mentions.entity_id = entities.entity_id
    where
        entities.entity_type = 'event'
        or entities.entity_type in ('place', 'country')
        and {{ places_a_meeting('substr(detected.sentence_text, 1, mentions.char_start - sentences.char_start)') }}

),

placed_segments as (

    select distinct segments.*
    from segments
    inner join venues
        on
            segments.article_id = venues.article_id
            and segments.sentence_index = venues.sentence_index
            and segments.segment_start <= venues.position_in_sentence
            and segments.segment_start + segments.segment_length > venues.position_in_sentence
            and (
                segments.occasion_segment = 0
                or segments.segment_start + segments.opening_length >= venues.position_in_sentence
                or regexp_matches(
                    substr(
                        venues.sentence_lower,
                        segments.segment_start + segments.opening_length,
                        venues.position_in_sentence - segments.segment_start - segments.opening_length
                    ),
                    '^ ?((in|at) )?(the )?((\w+ ){0,3}(city|capital|town|port|resort) of )?$'
                )
            )

),

-- later occasions of a sentence whose first occasion places its meeting too
later_occasions as (

    select
        later.article_id,
        later.sentence_index,
        later.occasion_segment,
        later.segment_start,
        later.segment_start + later.segment_length as segment_end
    from placed_segments as later
    semi join placed_segments as first_occasion
        on
            later.article_id = first_occasion.article_id
            and later.sentence_index = first_occasion.sentence_index
            and first_occasion.occasion_segment = 0
    where later.occasion_segment > 0

),

-- each article's load, for the incremental watermark
article_loads as (

    select distinct
        article_id,
        loaded_at
    from detected

)

select
    later_occasions.*,
    article_loads.loaded_at
from later_occasions
left join article_loads on later_occasions.article_id = article_loads.article_id
