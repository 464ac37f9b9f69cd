<?php

namespace App\Channels;

use Illuminate\Notifications\Notification;
use Illuminate\Support\Facades\Http;

class WhatsAppChannel
{
    public function send(object $notifiable, Notification $notification): void
    {
        $to = $notifiable->routeNotificationFor('whatsapp', $notification);
        if (!$to) {
            return;
        }
        $payload = $notification->toWhatsApp($notifiable);

        Http::withToken(config('whatsapp.token'))
            ->post(sprintf('https://graph.facebook.com/%s/%s/messages', config('whatsapp.graph_version'), config('whatsapp.phone_number_id')), [
                'messaging_product' => 'whatsapp',
                'to' => $to,
                'type' => 'template',
                'template' => $payload,
            ])->throw();
    }
}
