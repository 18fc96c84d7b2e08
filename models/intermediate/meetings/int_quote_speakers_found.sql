-- depends_on: {{ ref('pronouns') }}
-- depends_on: {{ ref('attribution_phrases') }}
-- Who speaks the quote of each sentence that quotes, the person a first-person pronoun
-- in it stands for ("'I met Putin,' Modi said" - "I" is Modi). A quote may open in an
-- earlier sentence of the paragraph ("'We arrived. We met Putin,' Modi said"). The
-- attribution (attribution_phrases seed, outside the quote) gives the speaker: the
-- person, or "he"/"she" at most two words before it, nearest before it ("Modi said",
-- "he said"; a person in a relative clause, "Modi, who met Putin, said", is skipped),
-- else the person first after it ("said Modi", "according to Modi"). "He" is the first
-- person named outside quotes in the nearest earlier sentence (up to three back) that
-- names one. A sentence opening with or inside a quote, without attribution, goes on
-- with the quote of the nearest earlier attributed sentence (up to five back). No
-- speaker found: null.
{%- set attribution = "'\\b(?:' || " ~ rule_regex('attribution_phrases') ~ " || ')\\b'" %}
{%- set he_or_she = "'\\b(?:' || "
    ~ rule_regex('pronouns', where="person = 'third' and form = 'subject'") ~ " || ')\\b'" %}
with

sentences as not materialized (

    select * from {{ ref('int_article_sentences_split') }}
    where {{ only_new_documents() }}

),

mentions as (

    select * from {{ ref('int_mentions_combined') }}
    where {{ only_new_documents() }}

),

entities as (

    select * from {{ ref('int_entities_listed') }}

),

-- the marks of each sentence, on light rows (no text through the window below)
quote_marks as (

    select
        article_id,
        sentence_index,
        paragraph_index,
        length(regexp_replace(sentence_text, '[^"“”]', '', 'g')) as mark_count,
        regexp_extract(sentence_text, '["“”]') as first_mark
    from sentences

),

-- a sentence opens inside a quote when its first curly mark closes one, or when the
-- paragraph's earlier sentences have an odd number of marks
quote_openings as (

    select
        article_id,
        sentence_index,
        mark_count,
        case first_mark
            when '”' then true
            when '“' then false
            else coalesce(sum(mark_count) over (
                partition by article_id, paragraph_index order by sentence_index
                rows between unbounded preceding and 1 preceding
            ), 0) % 2 = 1
        end as opens_in_quote
    from quote_marks

),

-- the sentence split at its quote marks: pieces alternate outside and inside the quote
quote_pieces as (

    select
        quote_openings.article_id,
        quote_openings.sentence_index,
        sentences.sentence_text,
        quote_openings.opens_in_quote,
        sentences.loaded_at,
        string_split_regex(sentences.sentence_text, '["“”]') as pieces,
        quote_openings.opens_in_quote::integer as quoted_parity
    from quote_openings
    inner join sentences
        on
            quote_openings.article_id = sentences.article_id
            and quote_openings.sentence_index = sentences.sentence_index
    where quote_openings.mark_count > 0 or quote_openings.opens_in_quote

),

-- each text keeps one side, the other blanked, so positions stay those of the sentence
quoted_sentences as (

    select
        article_id,
        sentence_index,
        sentence_text,
        opens_in_quote,
        loaded_at,
        array_to_string(list_transform(
            pieces, (piece, number) -> if((number + quoted_parity) % 2 = 0, piece, repeat(' ', length(piece)))
        ), ' ') as quoted_text,
        array_to_string(list_transform(
            pieces, (piece, number) -> if((number + quoted_parity) % 2 = 1, piece, repeat(' ', length(piece)))
        ), ' ') as unquoted_text
    from quote_pieces

),

-- the text before the attribution phrase, and where a "he" or "she" right before it is
attributions as (

    select
        *,
        regexp_matches(lower(unquoted_text), {{ attribution }}) as is_attributed,
        substr(unquoted_text, 1, length(regexp_extract(lower(unquoted_text), '^(.*?)' || {{ attribution }}, 1)))
            as before_attribution,
        regexp_matches(sentence_text, '^\s*["“”]') or opens_in_quote as opens_with_quote
    from quoted_sentences

),

attribution_pronouns as (

    select
        *,
        length(before_attribution) + 1 as attribution_position,
        -- "he said", "she later told"; not "He left, the ministry said"
        case
            when regexp_matches(before_attribution, {{ he_or_she }} || '(?:\s+\w+){0,2}\s*$')
                then length(regexp_extract(before_attribution, '^(.*)' || {{ he_or_she }}, 1)) + 1
        end as pronoun_position
    from attributions
    where is_attributed

),

person_positions as (

    select
        mentions.article_id,
        mentions.sentence_index,
        mentions.entity_id,
        mentions.char_start - sentences.char_start + 1 as position_in_sentence
    from mentions
    inner join entities on mentions.entity_id = entities.entity_id
    inner join sentences
        on mentions.article_id = sentences.article_id and mentions.sentence_index = sentences.sentence_index
    where entities.entity_type = 'person'

),

-- the people each sentence names outside its quotes (a quoted character is blanked in
-- unquoted_text), and whether inside a relative clause ("Modi, who met Putin, said")
people_outside_quotes as (

    select
        person_positions.*,
        coalesce(regexp_matches(
            substr(quoted_sentences.unquoted_text, 1, person_positions.position_in_sentence - 1),
            ',\s*who(?:m|se)?\b[^,]*$'
        ), false) as is_in_relative_clause
    from person_positions
    left join quoted_sentences
        on
            person_positions.article_id = quoted_sentences.article_id
            and person_positions.sentence_index = quoted_sentences.sentence_index
    where coalesce(substr(quoted_sentences.unquoted_text, person_positions.position_in_sentence, 1) <> ' ', true)

),

first_people_outside_quotes as (

    select
        article_id,
        sentence_index,
        arg_min(entity_id, position_in_sentence) as entity_id
    from people_outside_quotes
    group by article_id, sentence_index

),

-- "he said": he is the first person named outside quotes in the nearest earlier
-- sentence naming one
pronoun_speakers as (

    select
        attribution_pronouns.article_id,
        attribution_pronouns.sentence_index,
        arg_max(earlier.entity_id, earlier.sentence_index) as speaker_id
    from attribution_pronouns
    inner join first_people_outside_quotes as earlier
        on
            attribution_pronouns.article_id = earlier.article_id
            and attribution_pronouns.sentence_index > earlier.sentence_index
            and earlier.sentence_index >= attribution_pronouns.sentence_index - 3
    where attribution_pronouns.pronoun_position is not null
    group by attribution_pronouns.article_id, attribution_pronouns.sentence_index

),

-- the speaker named nearest before the attribution phrase, else first after it
-- ("said Modi", "according to Modi")
named_speakers as (

    select
        attribution_pronouns.article_id,
        attribution_pronouns.sentence_index,
        arg_max(people.entity_id, people.position_in_sentence) filter (
            where people.position_in_sentence < attribution_pronouns.attribution_position
            and not people.is_in_relative_clause
        ) as named_before_id,
        max(people.position_in_sentence) filter (
            where people.position_in_sentence < attribution_pronouns.attribution_position
            and not people.is_in_relative_clause
        ) as named_before_position,
        arg_min(people.entity_id, people.position_in_sentence) filter (
            where people.position_in_sentence > attribution_pronouns.attribution_position
        ) as named_after_id
    from attribution_pronouns
    inner join people_outside_quotes as people
        on
            attribution_pronouns.article_id = people.article_id
            and attribution_pronouns.sentence_index = people.sentence_index
    group by attribution_pronouns.article_id, attribution_pronouns.sentence_index

),

attributed_speakers as (

    select
        attributions.article_id,
        attributions.sentence_index,
        attributions.quoted_text,
        attributions.is_attributed,
        attributions.opens_with_quote,
        attributions.loaded_at,
        case
            when attribution_pronouns.pronoun_position > coalesce(named_speakers.named_before_position, 0)
                then pronoun_speakers.speaker_id
            else coalesce(named_speakers.named_before_id, named_speakers.named_after_id)
        end as speaker_id
    from attributions
    left join attribution_pronouns
        on
            attributions.article_id = attribution_pronouns.article_id
            and attributions.sentence_index = attribution_pronouns.sentence_index
    left join pronoun_speakers
        on
            attributions.article_id = pronoun_speakers.article_id
            and attributions.sentence_index = pronoun_speakers.sentence_index
    left join named_speakers
        on
            attributions.article_id = named_speakers.article_id
            and attributions.sentence_index = named_speakers.sentence_index

),

-- a sentence that opens with or inside a quote and has no attribution goes on with the
-- quote of the nearest earlier attributed sentence
continued_speakers as (

    select
        quote.article_id,
        quote.sentence_index,
        arg_max_null(earlier.speaker_id, earlier.sentence_index) as speaker_id
    from attributed_speakers as quote
    inner join attributed_speakers as earlier
        on
            quote.article_id = earlier.article_id
            and quote.sentence_index > earlier.sentence_index
            and earlier.sentence_index >= quote.sentence_index - 5
    where not quote.is_attributed and quote.opens_with_quote and earlier.is_attributed
    group by quote.article_id, quote.sentence_index

),

speakers as (

    select
        attributed_speakers.article_id,
        attributed_speakers.sentence_index,
        attributed_speakers.quoted_text,
        attributed_speakers.is_attributed,
        coalesce(attributed_speakers.speaker_id, continued_speakers.speaker_id) as speaker_id,
        attributed_speakers.loaded_at
    from attributed_speakers
    left join continued_speakers
        on
            attributed_speakers.article_id = continued_speakers.article_id
            and attributed_speakers.sentence_index = continued_speakers.sentence_index

)

select * from speakers
