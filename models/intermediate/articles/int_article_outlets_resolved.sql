-- depends_on: {{ ref('outlet_credit_patterns') }}
-- depends_on: {{ ref('generic_bylines') }}
-- One row per document whose outlet is known: from the loader's `outlet` hint, else
-- the site the page's url belongs to (int_article_sites_resolved), else the dateline's
-- brackets ("(Dunya News)", "(UrduPoint / Pakistan Point News - date)"), else the
-- masthead above the headline (int_article_mastheads_located), else a credit near the
-- top or at the end ("…reports Asian Lite News", "the Dispatch
-- News Desk (DND) news agency reported", "(APP)"), per the outlet_credit_patterns seed.
-- Names are mapped to one canonical outlet by the outlets seed; a name the seed does
-- not know is kept only from a hint, a dateline or a pattern that accepts unknown names.
-- When one credit names a wire agency and a site ("APP - UrduPoint"), the site wins
-- (news_agencies seed); a desk byline in the dateline's brackets ("(Staff Reporter)",
-- generic_bylines seed) and a name after a personal title ("Dr …") are not outlets.
-- The site publishes, even wire copy; the wire agency a page credits in its text
-- ("MOSCOW, June 2. /TASS/.", "(Reuters) -", "(APP)") is kept apart as `agency`.
{%- set generic_bylines -%}
    select lower(byline) from {{ seed_relation('generic_bylines') }}
{%- endset %}
with

documents as (

    select
        document_id,
        outlet_hint,
        loaded_at
    from {{ ref('stg_loader__documents') }}
    where {{ only_new_documents() }}

),

url_outlets as (

    select
        document_id,
        site as outlet
    from {{ ref('int_article_sites_resolved') }}
    where {{ only_new_documents() }} and site is not null

),

mastheads as (

    select * from {{ ref('int_article_mastheads_located') }}
    where {{ only_new_documents() }}

),

bodies as (

    select * from {{ ref('int_article_bodies_assembled') }}
    where {{ only_new_documents() }}

),

-- (read in the credit-pattern loop below, which the linter does not render)
credit_lines as (  -- noqa: ST03

    select * from {{ ref('int_article_header_lines_selected') }}
    where {{ only_new_documents() }}

),

outlet_aliases as (

    select
        outlets.outlet,
        {{ name_key('outlets.alias') }} as alias_key,
        news_agencies.outlet is not null as is_agency
    from {{ ref('outlets') }} as outlets
    left join {{ ref('news_agencies') }} as news_agencies on outlets.outlet = news_agencies.outlet
    where outlets.alias is not null

),

candidates as (

    select
        document_id,
        1 as source_rank,
        0 as line_number,
        outlet_hint as credit,
        true as accepts_unknown_outlet
    from documents
    where outlet_hint is not null
    union all
    select
        document_id,
        3 as source_rank,
        0 as line_number,
        -- "UrduPoint / Pakistan Point News - 23rd Nov, 2023" -> the part before the date
        trim(regexp_replace(dateline_credit, '\s*[-–—,]\s*[^-–—,]*\d[^-–—]*$', '')) as credit,
        not regexp_matches(dateline_credit, '^\W*\d') as accepts_unknown_outlet
    from bodies
    where
        dateline_credit is not null
        and not {{ is_seed_word('lower(trim(dateline_credit))', generic_bylines) }}
    union all
    select
        mastheads.document_id,
        4 as source_rank,
        mastheads.line_number,
        case
            when upper(mastheads.masthead) = mastheads.masthead then {{ title_case('mastheads.masthead') }}
            else mastheads.masthead
        end as credit,
        true as accepts_unknown_outlet
    from mastheads
    where
        {{ count_words('mastheads.masthead') }} <= 6
        and not regexp_matches(mastheads.masthead, '\d{4}|\d[:/.-]\d')
    -- one branch per credit pattern of the seed, its pattern a constant
    {% for credit_pattern in seed_rows('outlet_credit_patterns') %}
        union all
        select
            document_id,
            5 as source_rank,
            line_number,
            regexp_extract(line_text, {{ sql_literal(credit_pattern.pattern) }}, 1) as credit,
            {{ sql_literal(credit_pattern.accepts_unknown_outlet) }} as accepts_unknown_outlet
        from credit_lines
        where regexp_matches(line_text, {{ sql_literal(credit_pattern.pattern) }})
    {% endfor %}

),

candidate_ngrams as (

    select
        candidates.*,
        unnest(
            {{ word_ngrams("regexp_extract_all(lower(strip_accents(candidates.credit)), '[\\pL\\pN&]+')", 6) }}
        ) as ngram
    from candidates
    where nullif(trim(candidates.credit), '') is not null

),

matched as (

    select
        candidate_ngrams.document_id,
        candidate_ngrams.source_rank,
        candidate_ngrams.line_number,
        outlet_aliases.outlet,
        outlet_aliases.is_agency,
        -- the earliest name in a credit wins: "UrduPoint / Pakistan Point News"
        strpos(
            {{ name_key('candidate_ngrams.credit') }}, candidate_ngrams.ngram
        ) as position_in_credit
    from candidate_ngrams
    inner join outlet_aliases on candidate_ngrams.ngram = outlet_aliases.alias_key

),

unknown as (

    select
        candidates.document_id,
        candidates.source_rank,
        candidates.line_number,
        trim(candidates.credit) as outlet,
        false as is_agency,
        1000 as position_in_credit
    from candidates
    anti join matched
        on
            candidates.document_id = matched.document_id
            and candidates.source_rank = matched.source_rank
            and candidates.line_number = matched.line_number
    where
        candidates.accepts_unknown_outlet
        and nullif(trim(candidates.credit), '') is not null
        and {{ count_words('candidates.credit') }} <= 6
        and not regexp_matches(candidates.credit, '^\s*(?:Dr|Prof|Professor|Mr|Mrs|Ms|Engr)\.?\s')

),

named as (

    select * from matched
    union all
    select * from unknown
    union all
    select
        document_id,
        2 as source_rank,
        0 as line_number,
        outlet,
        false as is_agency,
        0 as position_in_credit
    from url_outlets

),

chosen as (

    select
        named.document_id,
        -- the hint, else the url, else the text; within one credit a site outranks a
        -- wire agency ("APP - UrduPoint")
        arg_min(
            named.outlet,
            [named.source_rank, named.line_number, named.is_agency::integer, named.position_in_credit]
        ) as outlet,
        -- the wire agency credited in the text
        arg_min(
            named.outlet, [named.source_rank, named.line_number, named.position_in_credit]
        ) filter (where named.is_agency and named.source_rank > 2) as agency,
        any_value(documents.loaded_at) as loaded_at
    from named
    inner join documents on named.document_id = documents.document_id
    group by named.document_id

)

select * from chosen
