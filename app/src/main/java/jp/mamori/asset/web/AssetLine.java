package jp.mamori.asset.web;

import jp.mamori.asset.AssetRow;

/** One line of the list page: the row with its unit, zone and levels spelled out. */
record AssetLine(
        AssetRow row,
        String unitName,
        String zoneName,
        String confidentiality,
        String integrity,
        String availability) {}
