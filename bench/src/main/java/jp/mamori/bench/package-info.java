package jp.mamori.bench;
