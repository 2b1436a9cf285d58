package jp.mamori.netcheck;
