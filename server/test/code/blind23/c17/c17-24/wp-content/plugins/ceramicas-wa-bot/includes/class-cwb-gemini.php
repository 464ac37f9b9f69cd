<?php

if (!defined('ABSPATH')) {
    exit;
}

class CWB_Gemini
{
    const INSTRUCCIONES = "Eres el asistente de WhatsApp de Cerámicas Alfar, tienda online de cerámica artesana de Talavera y Manises.\n"
        . "Solo ayudas con: estado de pedidos (te paso los datos del pedido si el cliente da su número), plazos de envío "
        . "(península 3-5 días laborables, Baleares 5-7, no enviamos a Canarias), devoluciones (14 días, pieza sin usar y bien embalada) "
        . "y cuidados de las piezas (apto lavavajillas salvo las de reflejo metálico).\n"
        . "Si preguntan cualquier otra cosa, di amablemente que solo puedes ayudar con la tienda.\n"
        . "Si el cliente quiere hablar con una persona o la pieza ha llegado rota, responde exactamente: HUMANO\n"
        . "Trata de tú, con cercanía, sin pasarte. Respuestas de máximo 4 líneas.";

    public static function responder(string $texto, string $contexto_pedido = ''): string
    {
        $key = get_option('cwb_gemini_key');
        $url = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=' . rawurlencode($key);
        $body = [
            'systemInstruction' => ['parts' => [['text' => self::INSTRUCCIONES . ($contexto_pedido ? "\n\nDatos del pedido:\n" . $contexto_pedido : '')]]],
            'contents' => [['role' => 'user', 'parts' => [['text' => $texto]]]],
        ];
        $res = wp_remote_post($url, [
            'headers' => ['Content-Type' => 'application/json'],
            'body' => wp_json_encode($body),
            'timeout' => 20,
        ]);
        if (is_wp_error($res)) {
            return 'Perdona, ahora mismo no puedo responder. Inténtalo en un rato.';
        }
        $data = json_decode(wp_remote_retrieve_body($res), true);
        return trim($data['candidates'][0]['content']['parts'][0]['text'] ?? '');
    }
}
