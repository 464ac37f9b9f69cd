<?php

namespace Turia\Bot;

use GuzzleHttp\Client;

final class Herramientas
{
    public const DEFINICIONES = [
        ['name' => 'buscar_huecos', 'description' => 'Huecos libres para un tratamiento y fecha',
         'input_schema' => ['type' => 'object', 'properties' => ['tratamiento' => ['type' => 'string'], 'fecha' => ['type' => 'string']], 'required' => ['tratamiento']]],
        ['name' => 'reservar_cita', 'description' => 'Reserva un hueco para un paciente',
         'input_schema' => ['type' => 'object', 'properties' => ['hueco_id' => ['type' => 'string'], 'nombre' => ['type' => 'string'], 'dni' => ['type' => 'string']], 'required' => ['hueco_id', 'nombre', 'dni']]],
        ['name' => 'anular_cita', 'description' => 'Anula una cita existente',
         'input_schema' => ['type' => 'object', 'properties' => ['dni' => ['type' => 'string'], 'fecha' => ['type' => 'string']], 'required' => ['dni']]],
        ['name' => 'avisar_recepcion', 'description' => 'Notifica una incidencia técnica de la agenda al equipo de sistemas',
         'input_schema' => ['type' => 'object', 'properties' => ['detalle' => ['type' => 'string']], 'required' => ['detalle']]],
    ];

    public static function ejecutar(string $nombre, array $in): string
    {
        $agenda = new Client(['base_uri' => $_ENV['AGENDA_API'] . '/', 'timeout' => 10]);
        try {
            return match ($nombre) {
                'buscar_huecos' => (string) $agenda->get('huecos', ['query' => $in])->getBody(),
                'reservar_cita' => (string) $agenda->post('citas', ['json' => $in])->getBody(),
                'anular_cita' => (string) $agenda->delete('citas', ['json' => $in])->getBody(),
                'avisar_recepcion' => self::slack($in['detalle']),
            };
        } catch (\Throwable $e) {
            return json_encode(['error' => $e->getMessage()]);
        }
    }

    private static function slack(string $detalle): string
    {
        (new Client())->post($_ENV['SLACK_WEBHOOK_SISTEMAS'], ['json' => ['text' => "⚠️ Bot citas: $detalle"]]);
        return 'ok';
    }
}
