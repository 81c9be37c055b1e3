# -*- coding: utf8 -*-
# The CTyun help-centre "VPC终端节点 › Python调用示例" (shared/seeds/002_272da2f9105cd717.txt), ported
# from Python 2 to Python 3 with nothing else changed: the four edits are marked "py3:". What this
# file adds is below the "driver" line: AK/SK and the endpoint come from the environment, and the
# scenario calls the sample's own get()/post(). Like the original, it uses the host's local time:
# run it with TZ=Asia/Shanghai, as the sample's authors did.
import requests

import json

import hashlib

import base64

import hmac

import datetime

import uuid

import os
import sys

METHOD_GET = 'GET'

METHOD_POST = 'POST'

# 官网accessKey
AK = os.environ['CTYUN_AK']

# 官网securityKey
SK = os.environ['CTYUN_SK']


def hmac_sha256(secret, data):
    secret = bytearray(secret, 'utf-8') if isinstance(secret, str) else bytearray(secret)  # py3: str needs an encoding
    data = bytearray(data, 'utf-8') if isinstance(data, str) else bytearray(data)  # py3: same
    return hmac.new(secret, data, digestmod=hashlib.sha256).digest()


def base64_of_hmac(data):
    return base64.b64encode(data).decode()  # py3: b64encode returns bytes


def get_request_uuid():
    return str(uuid.uuid1())


def get_sorted_str(data):
    """
    鉴权用的参数整理
    :param data: dict 需要整理的参数
    :return: str
    """
    sorted_data = sorted(data.items(), key=lambda item: item[0])
    str_list = map(lambda item: '%s=%s' % (item[0], item[1]), sorted_data)  # py3: no tuple parameters
    return '&'.join(str_list)


def build_sign(query_params, body_params, eop_date, request_uuid):
    """
    计算鉴权字段
    :param query_params: dict get请求中的参数
    :param body_params: dict post请求中的参数
    :param eop_date: str 请求时间,格式为:'%Y%m%dT%H%M%SZ'
    :return: str
    """
    body_str = json.dumps(body_params) if body_params else ''
    body_digest = hashlib.sha256(body_str.encode('utf-8')).hexdigest()
    # 请求头中必要的两个参数
    header_str = 'ctyun-eop-request-id:%s\neop-date:%s\n' % (request_uuid, eop_date)
    # url中的参数,或get参数
    query_str = get_sorted_str(query_params)

    signature_str = '%s\n%s\n%s' % (header_str, query_str, body_digest)

    print_log(repr('signature_str is: %s' % signature_str))
    sign_date = eop_date.split('T')[0]

    # 计算鉴权密钥
    k_time = hmac_sha256(SK, eop_date)
    k_ak = hmac_sha256(k_time, AK)
    k_date = hmac_sha256(k_ak, sign_date)

    signature_base64 = base64_of_hmac(hmac_sha256(k_date, signature_str))
    # 构建请求头的鉴权字段值
    sign_header = '%s Headers=ctyun-eop-request-id;eop-date Signature=%s' % (AK, signature_base64)
    return sign_header


def get_sign_headers(query_params, body):
    """
    获取鉴权用的请求头参数
    :param query_params: dict get请求中的参数
    :param body: dict post请求中的参数
    :return:
    """
    now = datetime.datetime.now()
    eop_date = datetime.datetime.strftime(now, '%Y%m%dT%H%M%SZ')
    request_uuid = get_request_uuid()
    headers = {  # 三个鉴权用的参数
        'eop-date': eop_date,
        'ctyun-eop-request-id': request_uuid,
        'Eop-Authorization': build_sign(query_params=query_params, body_params=body, eop_date=eop_date,
                                        request_uuid=request_uuid),
    }
    return headers


def get(url, params=None, header_params=None):
    return execute(url, method=METHOD_GET, params=params, header_params=header_params)


def post(url, params=None, header_params=None):
    return execute(url, method=METHOD_POST, params=params, header_params=header_params)


def execute(url, method, params=None, header_params=None):
    params = params or {}
    header_params = header_params or {}
    query_params, body = (params, {}) if method == METHOD_GET else ({}, params)
    headers = get_sign_headers(query_params, body)
    headers.update(header_params)

    print_log(u'url: %s' % url)
    print_log(u'请求方式: %s' % method)
    print_log(u'请求头: %s' % headers)
    print_log(u'请求参数: %s' % params)

    if method == METHOD_GET:
        res = requests.get(url, params=params, headers=headers, verify=False)
    else:
        if params:
            res = requests.post(url, json=params, headers=headers, verify=False)
        else:
            res = requests.post(url, data=params, headers=headers, verify=False)

    print_log(u'返回状态码: %s' % res.status_code)
    print_log(u'返回: %s' % res.text)
    return res


def print_log(log_info):
    now = datetime.datetime.now()
    log_info = u'[%s]: %s' % (str(now), log_info)
    print(log_info)  # py3: print is a function


# ---- driver (not part of the sample) ----
def ok(res):
    body = res.json()
    if res.status_code != 200 or str(body.get('statusCode')) != '800':
        print('FAILED %s %s' % (res.status_code, res.text))
        sys.exit(1)
    return body.get('returnObj')


if __name__ == '__main__':
    endpoint = os.environ['CTYUN_ENDPOINT'].rstrip('/')
    region = os.environ['CTYUN_REGION_ID']
    service_id = os.environ['CTYUN_ENDPOINT_SERVICE_ID']
    vpc = ok(post(endpoint + '/v4/vpc/create', params={
        'clientToken': str(uuid.uuid4()), 'regionID': region, 'name': 'seed-vpc', 'CIDR': '192.168.0.0/16'}))
    vpc_id = vpc['vpcID']
    vpcs = ok(get(endpoint + '/v4/vpc/list', params={'regionID': region}))
    subnet = ok(post(endpoint + '/v4/vpc/create-subnet', params={
        'clientToken': str(uuid.uuid4()), 'regionID': region, 'vpcID': vpc_id, 'name': 'seed-subnet',
        'CIDR': '192.168.1.0/24'}))
    ep = ok(post(endpoint + '/v4/vpce/create-endpoint', params={
        'clientToken': str(uuid.uuid4()), 'regionID': region, 'cycleType': 'on_demand',
        'endpointServiceID': service_id, 'endpointName': 'seed-endpoint', 'subnetID': subnet['subnetID'],
        'vpcID': vpc_id, 'whitelistFlag': 0}))
    eps = ok(get(endpoint + '/v4/vpce/list-endpoint', params={'regionID': region}))
    print('RESULT ' + json.dumps({'vpcID': vpc_id, 'vpcs': vpcs, 'endpoint': ep, 'endpoints': eps}))
