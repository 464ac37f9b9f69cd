<?php

if (!defined('ABSPATH')) {
    exit;
}

class CWB_Webhook
{
    public static function register_routes(): void
    {
        register_rest_route('cwb/v1', '/gupshup', [
            'methods' => 'POST',
            'callback' => [self::class, 'handle'],
            'permission_callback' => '__return_true',
        ]);
    }

    public static function handle(WP_REST_Request $req)
    {
        $p = $req->get_json_params();
        if (($p['type'] ?? '') !== 'message' || ($p['payload']['type'] ?? '') !== 'text') {
            return ['ok' => true];
        }
        $telefono = $p['payload']['source'];
        $texto = $p['payload']['payload']['text'];

        $contexto = '';
        if (preg_match('/\b(\d{4,6})\b/', $texto, $m) && function_exists('wc_get_order')) {
            $order = wc_get_order((int) $m[1]);
            if ($order && preg_replace('/\D/', '', $order->get_billing_phone()) === substr($telefono, -9)) {
                $contexto = sprintf('Pedido %d: estado %s, transportista %s, seguimiento %s',
                    $order->get_id(), wc_get_order_status_name($order->get_status()),
                    $order->get_meta('_transportista'), $order->get_meta('_tracking'));
            }
        }

        $respuesta = CWB_Gemini::responder($texto, $contexto);
        if ($respuesta === 'HUMANO') {
            $tel = get_option('cwb_telefono_atencion', '');
            $respuesta = 'Claro, te atiende una persona del equipo. Llámanos o escríbenos al ' . $tel . ' 😊';
        }
        self::enviar($telefono, $respuesta);
        return ['ok' => true];
    }

    private static function enviar(string $destino, string $texto): void
    {
        wp_remote_post('https://api.gupshup.io/wa/api/v1/msg', [
            'headers' => ['apikey' => get_option('cwb_gupshup_apikey')],
            'body' => [
                'channel' => 'whatsapp',
                'source' => get_option('cwb_gupshup_source'),
                'destination' => $destino,
                'src.name' => 'CeramicasAlfar',
                'message' => wp_json_encode(['type' => 'text', 'text' => $texto]),
            ],
        ]);
    }
}
