with

source as (

    select * from {{ source('loader', 'documents') }}

),

renamed as (

    select
        document_id,
        source_file,
        source_path,
        line_number as source_line_number,
        record_id,
        nullif(trim(url), '') as url,
        nullif(trim(title), '') as title_hint,
        nullif(trim(published), '') as published_hint,
        nullif(trim(outlet), '') as outlet_hint,
        raw_text,
        {{ normalize_text('raw_text') }} as document_text,
        byte_size,
        loaded_at,
        load_id

    from source

)

select * from renamed
