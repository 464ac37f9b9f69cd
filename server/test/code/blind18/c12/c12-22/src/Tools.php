<?php

namespace AnadoluKargo\Asistan;

use GuzzleHttp\Client;

final class Tools
{
    public static function definitions(): array
    {
        return [
            self::fn('gonderi_sorgula', 'Takip numarasıyla gönderi durumunu getirir', [
                'takip_no' => ['type' => 'string'],
            ], ['takip_no']),
            self::fn('sube_bul', 'İl/ilçeye göre en yakın şubeleri listeler', [
                'il' => ['type' => 'string'],
                'ilce' => ['type' => 'string'],
            ], ['il']),
            self::fn('kurye_cagir', 'Adresten alım için kurye talebi oluşturur', [
                'adres' => ['type' => 'string'],
                'koli' => ['type' => 'integer'],
                'kg' => ['type' => 'number'],
            ], ['adres', 'koli']),
            // TODO(müşteri hizmetleri onayı bekleniyor) canlı temsilciye aktarım
            // self::fn('temsilciye_aktar', 'Görüşmeyi çağrı merkezindeki canlı temsilciye aktarır', [
            //     'ozet' => ['type' => 'string'],
            // ], ['ozet']),
        ];
    }

    public static function run(string $name, array $args, string $waId): string
    {
        $http = new Client(['base_uri' => $_ENV['TAKIP_API'], 'timeout' => 10]);
        return match ($name) {
            'gonderi_sorgula' => (string) $http->get('gonderiler/' . urlencode($args['takip_no']))->getBody(),
            'sube_bul' => (string) $http->get('subeler', ['query' => $args])->getBody(),
            'kurye_cagir' => (string) $http->post('kurye-talepleri', ['json' => $args + ['telefon' => $waId]])->getBody(),
            // 'temsilciye_aktar' => CagriMerkezi::aktar($waId, $args['ozet']),
            default => json_encode(['hata' => 'bilinmeyen fonksiyon']),
        };
    }

    private static function fn(string $name, string $desc, array $props, array $required): array
    {
        return ['type' => 'function', 'function' => [
            'name' => $name,
            'description' => $desc,
            'parameters' => ['type' => 'object', 'properties' => $props, 'required' => $required],
        ]];
    }
}
