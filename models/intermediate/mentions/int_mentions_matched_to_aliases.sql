-- Candidate mentions: every run of up to 8 words that starts and ends with a
-- capitalised word, joined on its key to the alias table (a hash join, not every
-- alias tested against every sentence). Where matches overlap, the longest wins
-- ("Pakistan Steel Mills" over "Pakistan"); between equal lengths, the earlier one.
-- A key may still name several entities; they are resolved in the next step. A
-- surname alone counts only when it stands alone: "Mohammad Sadiq" is someone else
-- than the Mohammad or the Sadiq of the gazetteer (a title before it is fine).
-- A run may end in a lower-case word that names a kind of body or event ("the SCO
-- summit"), from the lowercase_name_endings seed.
-- depends_on: {{ ref('lowercase_name_endings') }}
-- depends_on: {{ ref('gazetteer_office_titles') }}
-- depends_on: {{ ref('person_titles') }}
{%- set title_words -%}
    select distinct unnest(string_split({{ name_key('title') }}, ' '))
    from {{ title_phrases() }} as titles
{%- endset %}
{%- set name_endings -%}
    select lower(word) from {{ seed_relation('lowercase_name_endings') }}
{%- endset %}
with

sentences as (

    select * from {{ ref('int_sentence_words_listed') }}
    where {{ only_new_documents() }}

),

aliases as (

    select * from {{ ref('int_entity_aliases_keyed') }}

),

span_starts as (

    select
        article_id,
        sentence_index,
        words,
        word_keys,
        word_starts,
        word_ends,
        word_is_capitalized,
        unnest(list_filter(range(1, len(words) + 1), position -> word_is_capitalized[position])) as first_word
    from sentences

),

span_lengths as (

    select unnest(range(1, 9)) as word_count

),

spans as (

    select
        span_starts.article_id,
        span_starts.sentence_index,
        span_starts.first_word,
        span_lengths.word_count,
        array_to_string(
            span_starts.word_keys[span_starts.first_word:span_starts.first_word + span_lengths.word_count - 1], ' '
        ) as span_key,
        array_to_string(
            span_starts.words[span_starts.first_word:span_starts.first_word + span_lengths.word_count - 1], ' '
        ) as span_words,
        span_starts.word_starts[span_starts.first_word] as char_start,
        span_starts.word_ends[span_starts.first_word + span_lengths.word_count - 1] as char_end,
        coalesce(
            span_starts.word_is_capitalized[span_starts.first_word + span_lengths.word_count]
            and span_starts.word_starts[span_starts.first_word + span_lengths.word_count]
            - span_starts.word_ends[span_starts.first_word + span_lengths.word_count - 1] = 1,
            false
        )
        or (
            span_starts.first_word > 1
            and span_starts.word_is_capitalized[span_starts.first_word - 1]
            and span_starts.word_starts[span_starts.first_word] - span_starts.word_ends[span_starts.first_word - 1] = 1
            and not list_contains({{ list_from_seeds(title_words) }}, span_starts.word_keys[span_starts.first_word - 1])
        ) as is_glued_to_a_name
    from span_starts
    inner join span_lengths
        on span_starts.first_word + span_lengths.word_count - 1 <= len(span_starts.words)
    where
        span_starts.word_is_capitalized[span_starts.first_word + span_lengths.word_count - 1]
        or (
            span_lengths.word_count > 1
            and list_contains(
                {{ list_from_seeds(name_endings) }},
                span_starts.word_keys[span_starts.first_word + span_lengths.word_count - 1]
            )
        )

),

matched as (

    select
        spans.article_id,
        spans.sentence_index,
        spans.first_word,
        spans.word_count,
        spans.char_start,
        spans.char_end,
        aliases.entity_id,
        aliases.alias_kind,
        aliases.entities_sharing_key
    from spans
    inner join aliases on spans.span_key = aliases.alias_key
    where
        (not aliases.is_case_sensitive or spans.span_words = aliases.alias_words)
        and not (aliases.alias_kind = 'surname' and spans.is_glued_to_a_name)

),

spans_matched as (

    select distinct
        article_id,
        sentence_index,
        first_word,
        word_count
    from matched

),

shadowed as (

    select distinct
        span.article_id,
        span.sentence_index,
        span.first_word,
        span.word_count
    from spans_matched as span
    inner join spans_matched as other
        on
            span.article_id = other.article_id
            and span.sentence_index = other.sentence_index
            and other.first_word <= span.first_word + span.word_count - 1
            and span.first_word <= other.first_word + other.word_count - 1
            and (
                span.word_count < other.word_count
                or (span.word_count = other.word_count and span.first_word > other.first_word)
            )

),

longest as (

    select matched.*
    from matched
    anti join shadowed
        on
            matched.article_id = shadowed.article_id
            and matched.sentence_index = shadowed.sentence_index
            and matched.first_word = shadowed.first_word
            and matched.word_count = shadowed.word_count

),

-- each article's load, for the incremental watermark
article_loads as (

    select distinct
        article_id,
        loaded_at
    from sentences

)

select
    longest.*,
    article_loads.loaded_at
from longest
left join article_loads on longest.article_id = article_loads.article_id
