"""Help centers: per brand and product, guides in the buyer's language with fallback, every text
policy-checked on save; export and import as JSON."""

import vocloop.support.helpcenter.messages_zh  # noqa: F401  (registers the Chinese sentences)
from vocloop.support.helpcenter.brand_settings import update_brand_settings
from vocloop.support.helpcenter.content import (
    ContentRejected,
    PolicyNote,
    SavedContent,
    check_document,
    content_langs,
    delete_help_content,
    find_help_document,
    save_help_content,
)
from vocloop.support.helpcenter.document import (
    MAX_ITEMS,
    MEDIA_NAME,
    HelpDocument,
    Question,
    Step,
    Trouble,
    read_document,
)
from vocloop.support.helpcenter.media import (
    MAX_MEDIA_BYTES,
    add_help_media,
    list_help_media,
    sniff_media_type,
)
from vocloop.support.helpcenter.public import (
    HomeEntry,
    ProductPage,
    brand_home_entries,
    buyer_language,
    find_public_media,
    load_product_page,
)
from vocloop.support.helpcenter.transfer import (
    ImportSummary,
    export_help_center,
    import_help_center,
)

__all__ = [
    "MAX_ITEMS",
    "MAX_MEDIA_BYTES",
    "MEDIA_NAME",
    "ContentRejected",
    "HelpDocument",
    "HomeEntry",
    "ImportSummary",
    "PolicyNote",
    "ProductPage",
    "Question",
    "SavedContent",
    "Step",
    "Trouble",
    "add_help_media",
    "brand_home_entries",
    "buyer_language",
    "check_document",
    "content_langs",
    "delete_help_content",
    "export_help_center",
    "find_help_document",
    "find_public_media",
    "import_help_center",
    "list_help_media",
    "load_product_page",
    "read_document",
    "save_help_content",
    "sniff_media_type",
    "update_brand_settings",
]
