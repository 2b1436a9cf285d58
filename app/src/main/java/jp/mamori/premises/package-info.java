/**
 * 管理区域 and the movement of information: the register of controlled areas with who may enter,
 * the entry log (入退室管理簿) with its findings, equipment brought into or out of an area, carrying
 * assets out (持ち出し) and bringing devices in (持ち込み) with approval, the register of removable
 * media and the disposal of media and equipment. Assets and systems are read through the
 * {@code asset} and {@code system} modules' public APIs, people through the organisation's
 * {@code Directory}.
 */
@NullMarked
package jp.mamori.premises;

import org.jspecify.annotations.NullMarked;
