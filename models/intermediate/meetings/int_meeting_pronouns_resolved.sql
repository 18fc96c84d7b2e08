-- depends_on: {{ ref('pronouns') }}
-- The person a pronoun of a meeting sentence stands for (pronouns seed). A third-person
-- one ("he", "his", "she"), when the sentence names no person before it: the first
-- person of the nearest earlier sentence (up to three back) that names one. "Prime
-- Minister Sharif arrived in Moscow. He met Putin." - "He" is Sharif. A first-person one
-- ("I", "we", "our") inside a quote: the quote's speaker (int_quote_speakers_found);
-- outside a quote, or when the speaker is not found, nobody.
{%- set third_person = "'\\b(?:' || " ~ rule_regex('pronouns', where="person = 'third'") ~ " || ')\\b'" %}
{%- set first_person = "'\\b(?:' || " ~ rule_regex('pronouns', where="person = 'first'") ~ " || ')\\b'" %}
with

detected as not materialized (

    select * from {{ ref('int_meeting_sentences_detected') }}
    where {{ only_new_documents() }}

),

mentions as (

    select * from {{ ref('int_mentions_combined') }}
    where {{ only_new_documents() }}

),

entities as (

    select * from {{ ref('int_entities_listed') }}

),

quote_speakers as (

    select * from {{ ref('int_quote_speakers_found') }}
    where speaker_id is not null and {{ only_new_documents() }}

),

sentences as (

    select
        article_id,
        sentence_index,
        char_start
    from {{ ref('int_article_sentences_split') }}
    where {{ only_new_documents() }}

),

person_mentions as (

    select
        mentions.article_id,
        mentions.sentence_index,
        mentions.char_start,
        mentions.entity_id
    from mentions
    inner join entities on mentions.entity_id = entities.entity_id
    where entities.entity_type = 'person'

),

people_per_sentence as (

    select
        article_id,
        sentence_index,
        arg_min(entity_id, char_start) as first_person
    from person_mentions
    group by article_id, sentence_index

),

pronoun_sentences as (

    select
        detected.article_id,
        detected.sentence_index,
        detected.loaded_at,
        length(regexp_extract(detected.sentence_text, '^(.*?)' || {{ third_person }}, 1)) + 1 as pronoun_position,
        sentences.char_start as sentence_start
    from detected
    inner join sentences
        on detected.article_id = sentences.article_id and detected.sentence_index = sentences.sentence_index
    where regexp_matches(detected.sentence_text, {{ third_person }})

),

pronoun_people as (

    select
        pronoun_sentences.article_id,
        pronoun_sentences.sentence_index,
        min(pronoun_sentences.pronoun_position) as position_in_sentence,
        arg_max(people_per_sentence.first_person, people_per_sentence.sentence_index) as entity_id,
        any_value(pronoun_sentences.loaded_at) as loaded_at
    from pronoun_sentences
    -- "Sharif visited the embassy, where he met …": "he" is Sharif, already named
    anti join person_mentions as named_before
        on
            pronoun_sentences.article_id = named_before.article_id
            and pronoun_sentences.sentence_index = named_before.sentence_index
            and named_before.char_start - pronoun_sentences.sentence_start + 1 < pronoun_sentences.pronoun_position
    inner join people_per_sentence
        on
            pronoun_sentences.article_id = people_per_sentence.article_id
            and pronoun_sentences.sentence_index > people_per_sentence.sentence_index
            and people_per_sentence.sentence_index >= pronoun_sentences.sentence_index - 3
    group by pronoun_sentences.article_id, pronoun_sentences.sentence_index

),

-- "'We met Putin,' Modi said": "We" is Modi
speaker_people as (

    select
        detected.article_id,
        detected.sentence_index,
        length(regexp_extract(quote_speakers.quoted_text, '^(.*?)' || {{ first_person }}, 1)) + 1
            as position_in_sentence,
        quote_speakers.speaker_id as entity_id,
        detected.loaded_at
    from detected
    inner join quote_speakers
        on detected.article_id = quote_speakers.article_id and detected.sentence_index = quote_speakers.sentence_index
    where regexp_matches(quote_speakers.quoted_text, {{ first_person }})

),

pronoun_or_speaker_people as (

    select * from pronoun_people
    union all
    select * from speaker_people

),

-- "'I met him,' he said": one row when both pronouns stand for the same person
resolved as (

    select
        article_id,
        sentence_index,
        entity_id,
        min(position_in_sentence) as position_in_sentence,
        any_value(loaded_at) as loaded_at
    from pronoun_or_speaker_people
    group by article_id, sentence_index, entity_id

)

select * from resolved
