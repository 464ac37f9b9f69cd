<?php
/**
 * Plugin Name: Cerámicas Alfar – Bot de WhatsApp
 * Description: Responde por WhatsApp (Gupshup) a clientes de la tienda sobre pedidos WooCommerce usando Gemini.
 * Version: 0.5.2
 * Author: Equipo web Cerámicas Alfar
 * Text Domain: ceramicas-wa-bot
 */

if (!defined('ABSPATH')) {
    exit;
}

require_once __DIR__ . '/includes/class-cwb-gemini.php';
require_once __DIR__ . '/includes/class-cwb-webhook.php';

register_activation_hook(__FILE__, function () {
    add_option('cwb_gupshup_apikey', '');
    add_option('cwb_gupshup_source', '34910000000');
    add_option('cwb_gemini_key', '');
    // TODO: añadir el campo en la página de ajustes cuando sepamos qué número lleva atención al cliente.
    add_option('cwb_telefono_atencion', '');
});

add_action('rest_api_init', ['CWB_Webhook', 'register_routes']);
