-- The topics of each meeting claim: keywords of the topics seed ("gas pipeline",
-- "Sputnik V", "terrorism") found in the sentences of its article that state the claim
-- or name one of its two participants, or open with a pronoun for one ("He said that
-- energy ..."). Matched as word n-grams joined to the keyword
-- table. Per article, so incremental; meetings gather their claims' topics.
with

claims as not materialized (

    select * from {{ ref('int_meeting_claims_dated_and_placed') }}
    where {{ only_new_documents() }}

),

mentions as (

    select * from {{ ref('int_mentions_combined') }}
    where {{ only_new_documents() }}

),

sentences as not materialized (

    select * from {{ ref('int_sentence_words_listed') }}
    where {{ only_new_documents() }}

),

topics as (

    select
        {{ name_key('keyword') }} as keyword_key,
        topic
    from {{ ref('topics') }}

),

-- only articles that state a meeting have topics to find
claim_articles as (

    select distinct article_id from claims

),

person_mentions as (

    select
        mentions.article_id,
        mentions.sentence_index,
        mentions.entity_id
    from mentions
    inner join {{ ref('int_entities_listed') }} as entities
        on mentions.entity_id = entities.entity_id and entities.entity_type = 'person'
    semi join claim_articles on mentions.article_id = claim_articles.article_id

),

-- "He said that energy was key": a sentence opening with a pronoun speaks of the person
-- last named before it
pronoun_sentences as (

    select
        sentences.article_id,
        sentences.sentence_index,
        max(person_mentions.sentence_index) as antecedent_sentence_index
    from sentences
    inner join person_mentions
        on
            sentences.article_id = person_mentions.article_id
            and sentences.sentence_index > person_mentions.sentence_index
    where sentences.word_keys[1] in ('he', 'she', 'they')
    group by sentences.article_id, sentences.sentence_index

),

participant_sentences as (

    select
        article_id,
        sentence_index,
        entity_id
    from person_mentions
    union
    select
        pronoun_sentences.article_id,
        pronoun_sentences.sentence_index,
        person_mentions.entity_id
    from pronoun_sentences
    inner join person_mentions
        on
            pronoun_sentences.article_id = person_mentions.article_id
            and pronoun_sentences.antecedent_sentence_index = person_mentions.sentence_index

),

claim_sentences as (

    select distinct
        article_id,
        entity_a,
        entity_b,
        first_sentence_index,
        unnest(sentence_indexes) as sentence_index
    from claims
    union
    select distinct
        claims.article_id,
        claims.entity_a,
        claims.entity_b,
        claims.first_sentence_index,
        participant_sentences.sentence_index
    from claims
    inner join participant_sentences
        on
            claims.article_id = participant_sentences.article_id
            and participant_sentences.entity_id in (claims.entity_a, claims.entity_b)

),

-- the topics of each sentence a claim reads, found once however many claims read it
sentence_topics as (

    select distinct
        ngrams.article_id,
        ngrams.sentence_index,
        topics.topic
    from (
        select
            sentences.article_id,
            sentences.sentence_index,
            unnest({{ word_ngrams('sentences.word_keys', 3) }}) as ngram
        from sentences
        semi join claim_sentences
            on
                sentences.article_id = claim_sentences.article_id
                and sentences.sentence_index = claim_sentences.sentence_index
    ) as ngrams
    inner join topics on ngrams.ngram = topics.keyword_key

),

found as (

    select
        claim_sentences.article_id,
        claim_sentences.entity_a,
        claim_sentences.entity_b,
        claim_sentences.first_sentence_index,
        list(distinct sentence_topics.topic order by sentence_topics.topic) as topics
    from claim_sentences
    inner join sentence_topics
        on
            claim_sentences.article_id = sentence_topics.article_id
            and claim_sentences.sentence_index = sentence_topics.sentence_index
    group by
        claim_sentences.article_id,
        claim_sentences.entity_a,
        claim_sentences.entity_b,
        claim_sentences.first_sentence_index

),

-- each article's load, for the incremental watermark (claims of several venues of one
-- sentence share their first sentence, and so their topics)
final as (

    select distinct
        found.*,
        claims.loaded_at
    from found
    inner join claims
        on
            found.article_id = claims.article_id
            and found.entity_a = claims.entity_a
            and found.entity_b = claims.entity_b
            and found.first_sentence_index = claims.first_sentence_index

)

select * from final
