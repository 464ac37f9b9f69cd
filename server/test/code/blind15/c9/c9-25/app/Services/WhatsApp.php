<?php

namespace App\Services;

use Netflie\WhatsAppCloudApi\WhatsAppCloudApi;

class WhatsApp
{
    private WhatsAppCloudApi $api;

    public function __construct()
    {
        $this->api = new WhatsAppCloudApi([
            'from_phone_number_id' => env('WHATSAPP_PHONE_NUMBER_ID'),
            'access_token' => env('WHATSAPP_TOKEN'),
        ]);
    }

    public function text(string $to, string $body): void
    {
        $this->api->sendTextMessage($to, $body);
    }
}
