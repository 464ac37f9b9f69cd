<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Conversation extends Model
{
    protected $fillable = ['wa_id', 'history', 'human_takeover', 'takeover_at'];
    protected $casts = ['history' => 'array', 'human_takeover' => 'boolean', 'takeover_at' => 'datetime'];
}
