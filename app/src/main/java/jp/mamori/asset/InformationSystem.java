package jp.mamori.asset;

/**
 * An information system for other modules: an asset in use of kind ① (networks, systems, equipment,
 * media), with the traits of its own classification and zone in {@code profile}.
 */
public record InformationSystem(String number, String name, long unitId, AssetProfile profile) {}
