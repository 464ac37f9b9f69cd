<?php

function cari_katalog(PDO $db, string $q): string
{
    $kata = array_filter(preg_split('/\s+/', strtolower($q)), fn ($k) => strlen($k) > 2);
    if (!$kata) {
        return '';
    }
    $where = implode(' OR ', array_fill(0, count($kata), 'LOWER(nama) LIKE ?'));
    $st = $db->prepare("SELECT kode, nama, merek_motor, harga, stok FROM part WHERE $where LIMIT 10");
    $st->execute(array_map(fn ($k) => "%$k%", array_values($kata)));
    $baris = [];
    foreach ($st->fetchAll(PDO::FETCH_ASSOC) as $p) {
        $baris[] = sprintf('%s | %s | %s | Rp %s | stok %d', $p['kode'], $p['nama'], $p['merek_motor'],
            number_format($p['harga'], 0, ',', '.'), $p['stok']);
    }
    return implode("\n", $baris);
}
